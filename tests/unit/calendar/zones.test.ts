import { describe, expect, it } from 'vitest';
import { between, fixture, seen } from './helpers';

function byTitle(name: string, from: string, to: string, timeZone = 'Europe/Amsterdam') {
  return Object.fromEntries(
    between(fixture(name), from, to, { timeZone }).map((occurrence) => [occurrence.title, seen(occurrence).start]),
  );
}

describe('Windows zone names (Outlook)', () => {
  it('are read as the zone they name, with or without VTIMEZONE, in any case or quoted', () => {
    expect(byTitle('windows-zones.ics', '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z')).toEqual({
      'Amsterdam office': '2025-03-04T09:00:00.000Z',
      'New York office': '2025-03-10T13:00:00.000Z',
      'Bengaluru office': '2025-03-05T09:30:00.000Z',
      'Paris weekly': '2025-03-31T07:30:00.000Z',
      'London office': '2025-03-31T08:00:00.000Z',
    });
  });

  it('repeat in local time across the change to summer time, up to and including UNTIL', () => {
    const paris = between(fixture('windows-zones.ics'), '2025-03-01T00:00:00Z', '2025-05-01T00:00:00Z').filter(
      (occurrence) => occurrence.title === 'Paris weekly',
    );
    expect(paris.map((occurrence) => occurrence.start.toISOString())).toEqual([
      '2025-03-24T08:30:00.000Z',
      '2025-03-31T07:30:00.000Z',
    ]);
  });

  it('leave no warnings', () => {
    expect(fixture('windows-zones.ics').warnings).toEqual([]);
  });
});

describe('IANA zone names without VTIMEZONE', () => {
  const calendar = fixture('iana-without-vtimezone.ics');

  it('are read with the platform zone data, also inside a longer TZID', () => {
    expect(byTitle('iana-without-vtimezone.ics', '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z')).toEqual({
      'New York, before its clocks change': '2025-03-07T14:00:00.000Z',
      'New York, after its clocks change': '2025-03-10T13:00:00.000Z',
      Kolkata: '2025-03-05T09:30:00.000Z',
      'Berlin, zone in a path': '2025-03-06T09:00:00.000Z',
      'Somewhere unknown': '2025-03-07T09:00:00.000Z',
    });
  });

  it('say when a zone is unknown and its times are read in the user’s zone', () => {
    expect(calendar.warnings).toEqual([
      'The time zone “Mars/Olympus_Mons” is unknown; its times are read in your own time zone.',
    ]);
    const unknown = byTitle('iana-without-vtimezone.ics', '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z', 'Asia/Tokyo');
    expect(unknown['Somewhere unknown']).toBe('2025-03-07T01:00:00.000Z');
  });
});

describe('floating times', () => {
  it('are read in the user’s zone', () => {
    const amsterdam = between(fixture('floating.ics'), '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z');
    const losAngeles = between(fixture('floating.ics'), '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z', {
      timeZone: 'America/Los_Angeles',
    });
    expect(amsterdam.map(seen)).toEqual([
      { title: 'Monday check-in', start: '2025-03-03T08:00:00.000Z', end: '2025-03-03T08:30:00.000Z' },
      { title: 'Lunch walk', start: '2025-03-05T11:30:00.000Z', end: '2025-03-05T12:15:00.000Z' },
      { title: 'Monday check-in', start: '2025-03-10T08:00:00.000Z', end: '2025-03-10T08:30:00.000Z' },
      { title: 'Monday check-in', start: '2025-03-17T08:00:00.000Z', end: '2025-03-17T08:30:00.000Z' },
    ]);
    expect(losAngeles.map(seen)).toEqual([
      { title: 'Monday check-in', start: '2025-03-03T17:00:00.000Z', end: '2025-03-03T17:30:00.000Z' },
      { title: 'Lunch walk', start: '2025-03-05T20:30:00.000Z', end: '2025-03-05T21:15:00.000Z' },
      { title: 'Monday check-in', start: '2025-03-10T16:00:00.000Z', end: '2025-03-10T16:30:00.000Z' },
      { title: 'Monday check-in', start: '2025-03-17T16:00:00.000Z', end: '2025-03-17T16:30:00.000Z' },
    ]);
  });

  it('keep their ids when the user’s zone changes', () => {
    const ids = (timeZone: string) =>
      between(fixture('floating.ics'), '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z', { timeZone }).map(
        (occurrence) => occurrence.id,
      );
    expect(ids('America/Los_Angeles')).toEqual(ids('Europe/Amsterdam'));
    expect(ids('Europe/Amsterdam')).toContain('floating-weekly@20250310T090000');
  });
});

describe('all-day events', () => {
  it('start and end at midnight in the user’s zone', () => {
    const tokyo = between(fixture('people.ics'), '2025-03-04T00:00:00Z', '2025-03-06T00:00:00Z', {
      timeZone: 'Asia/Tokyo',
    }).find((occurrence) => occurrence.allDay);
    expect(tokyo && seen(tokyo)).toEqual({
      title: 'Team day',
      start: '2025-03-04T15:00:00.000Z',
      end: '2025-03-05T15:00:00.000Z',
    });
  });
});

describe('local times that do not exist or exist twice (RFC 5545)', () => {
  const calendar = fixture('dst.ics');

  it('move a time in the spring gap forward by the length of the gap', () => {
    const spring = between(calendar, '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z');
    expect(spring.filter((occurrence) => occurrence.title.startsWith('In the')).map(seen)).toEqual([
      { title: 'In the New York gap', start: '2025-03-09T07:30:00.000Z', end: '2025-03-09T08:00:00.000Z' },
      { title: 'In the Amsterdam gap', start: '2025-03-30T01:30:00.000Z', end: '2025-03-30T02:00:00.000Z' },
      {
        title: 'In the gap of a zone the feed defines',
        start: '2025-03-30T01:30:00.000Z',
        end: '2025-03-30T02:00:00.000Z',
      },
    ]);
  });

  it('keep a daily series at its local time on both sides of the gap', () => {
    const nights = between(calendar, '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z').filter(
      (occurrence) => occurrence.title === 'Night shift hand-over',
    );
    expect(nights.map((occurrence) => occurrence.start.toISOString())).toEqual([
      '2025-03-28T01:30:00.000Z',
      '2025-03-29T01:30:00.000Z',
      '2025-03-30T01:30:00.000Z',
      '2025-03-31T00:30:00.000Z',
    ]);
  });

  it('read a time that happens twice as the first of the two', () => {
    const autumn = between(calendar, '2025-10-01T00:00:00Z', '2025-11-01T00:00:00Z');
    expect(autumn.map(seen)).toEqual([
      { title: 'At a time that happens twice', start: '2025-10-26T00:30:00.000Z', end: '2025-10-26T02:30:00.000Z' },
      {
        title: 'Twice, in a zone the feed defines',
        start: '2025-10-26T00:30:00.000Z',
        end: '2025-10-26T02:30:00.000Z',
      },
    ]);
  });
});
