import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../../../src/calendar';
import { between, fixture } from './helpers';

const DAY = ['2025-03-04T23:00:00Z', '2025-03-05T23:00:00Z'] as const;

function byId(occurrences: readonly Occurrence[]): Record<string, Occurrence> {
  return Object.fromEntries(occurrences.map((occurrence) => [occurrence.id, occurrence]));
}

describe('the people in a meeting', () => {
  const calendar = fixture('people.ics');
  const meetings = byId(between(calendar, ...DAY, { self: ['MAILTO:Noor@example.org'] }));

  it('are the organizer and attendees other than the user, each once, named by CN', () => {
    expect(meetings['one-on-one']?.others).toEqual([{ name: 'Sam Peeters', email: 'sam@example.org' }]);
    expect(meetings['one-on-one']?.selfResponse).toBe('tentative');
    expect(meetings['one-on-one']?.skip).toBeNull();
  });

  it('leave out rooms, resources and anyone who declined; name the rest by address when there is no CN', () => {
    expect(meetings.rooms?.others).toEqual([
      { name: 'Lotte Jansen', email: 'lotte@example.org' },
      { name: 'joris@example.org', email: 'joris@example.org' },
      { name: 'Maya Cohen', email: 'maya@example.org' },
    ]);
    expect(meetings.rooms?.selfResponse).toBe('accepted');
  });

  it('are everyone when the user’s address is not given', () => {
    const anonymous = byId(between(calendar, ...DAY, { self: [] }));
    expect(anonymous['one-on-one']?.others.map((person) => person.email)).toEqual([
      'sam@example.org',
      'noor@example.org',
    ]);
    expect(anonymous['one-on-one']?.selfResponse).toBeNull();
  });
});

describe('meetings not to check in before', () => {
  const calendar = fixture('people.ics');
  const skips = (maxPeople?: number) =>
    Object.fromEntries(
      between(calendar, ...DAY, maxPeople === undefined ? {} : { maxPeople }).map((occurrence) => [
        occurrence.id,
        occurrence.skip,
      ]),
    );

  it('are skipped with the reason a user would give', () => {
    expect(skips()).toEqual({
      'all-day': 'all-day',
      'one-on-one': null,
      rooms: null,
      declined: 'declined',
      alone: 'no-others',
      big: 'too-many',
      cancelled: 'cancelled',
      offsite: 'multi-day',
      late: null,
    });
  });

  it('count the user among the people for the size limit', () => {
    expect(skips(9).big).toBeNull();
    expect(skips(8).big).toBe('too-many');
    expect(skips(2)['one-on-one']).toBeNull();
    expect(skips(1)['one-on-one']).toBe('too-many');
  });

  it('know who organises a meeting with no one else', () => {
    const alone = between(calendar, ...DAY).find((occurrence) => occurrence.id === 'alone');
    expect(alone).toMatchObject({ selfResponse: 'organizer', others: [] });
  });

  it('treat a late meeting as multi-day only where it runs past midnight for the user', () => {
    const late = (timeZone: string) =>
      between(calendar, ...DAY, { timeZone }).find((occurrence) => occurrence.id === 'late')?.skip;
    expect(late('Europe/Amsterdam')).toBeNull();
    expect(late('Europe/Helsinki')).toBe('multi-day');
  });
});
