import { describe, expect, it } from 'vitest';
import { parseCalendar } from '../../../src/calendar';
import { between, fixture, fixtureText, seen } from './helpers';

const STANDUP =
  '040000008200E00074C5B7101A82E00800000000B0E1D3A2C28ADB01000000000000000010000000F3B4E2A1C9D0E84A9B6A1D2C3E4F5A6B';

describe('an Outlook published calendar', () => {
  const calendar = fixture('outlook-feed.ics');
  const march = between(calendar, '2025-03-03T00:00:00Z', '2025-04-01T00:00:00Z', {
    self: ['noor.bakker@contoso.example'],
  });

  it('shows every meeting of March at the right instant', () => {
    expect(march.map(seen)).toEqual([
      { title: 'Team stand-up', start: '2025-03-03T08:00:00.000Z', end: '2025-03-03T08:15:00.000Z' },
      { title: 'Coffee with Daan', start: '2025-03-05T13:00:00.000Z', end: '2025-03-05T13:30:00.000Z' },
      { title: 'Quarterly review', start: '2025-03-06T15:00:00.000Z', end: '2025-03-06T16:00:00.000Z' },
      { title: 'Company holiday', start: '2025-03-06T23:00:00.000Z', end: '2025-03-07T23:00:00.000Z' },
      { title: 'Team stand-up', start: '2025-03-10T08:00:00.000Z', end: '2025-03-10T08:15:00.000Z' },
      { title: '1:1 Noor / Alex', start: '2025-03-11T15:00:00.000Z', end: '2025-03-11T15:30:00.000Z' },
      { title: 'Team stand-up (later today)', start: '2025-03-24T09:00:00.000Z', end: '2025-03-24T09:15:00.000Z' },
      { title: 'Team stand-up', start: '2025-03-31T07:00:00.000Z', end: '2025-03-31T07:15:00.000Z' },
    ]);
    expect(calendar.warnings).toEqual([]);
    expect(calendar.name).toBe('Calendar');
  });

  it('names the colleagues and knows how the user answered', () => {
    const standup = march[0];
    expect(standup?.id).toBe(`${STANDUP}@20250303T080000Z`);
    expect(standup?.others).toEqual([
      { name: 'Sam de Vries', email: 'sam.devries@contoso.example' },
      { name: 'Daan Smit', email: 'daan.smit@contoso.example' },
    ]);
    expect(standup?.selfResponse).toBe('accepted');
    expect(standup?.skip).toBeNull();

    const review = march.find((occurrence) => occurrence.title === 'Quarterly review');
    expect(review?.others.map((person) => person.name)).toEqual(['Priya Raman', 'Sam de Vries']);
    expect(review?.selfResponse).toBe('tentative');

    const coffee = march.find((occurrence) => occurrence.title === 'Coffee with Daan');
    expect(coffee?.selfResponse).toBe('organizer');

    const holiday = march.find((occurrence) => occurrence.title === 'Company holiday');
    expect(holiday).toMatchObject({ allDay: true, skip: 'all-day' });
  });

  it('keeps the id of the moved stand-up that of the instance it replaces', () => {
    const moved = march.find((occurrence) => occurrence.title === 'Team stand-up (later today)');
    expect(moved?.id).toBe(`${STANDUP}@20250324T080000Z`);
    expect(moved?.seriesId).toBe(STANDUP);
  });
});

describe('a Google Calendar secret address', () => {
  const calendar = fixture('google-feed.ics');
  const weeks = between(calendar, '2025-03-03T00:00:00Z', '2025-04-07T00:00:00Z');

  it('shows every meeting at the right instant, across the change to summer time', () => {
    expect(weeks.map(seen)).toEqual([
      { title: 'Design review', start: '2025-03-04T09:00:00.000Z', end: '2025-03-04T10:00:00.000Z' },
      { title: 'Koffie met Sam', start: '2025-03-05T13:00:00.000Z', end: '2025-03-05T13:30:00.000Z' },
      { title: 'Sprint planning day', start: '2025-03-05T23:00:00.000Z', end: '2025-03-06T23:00:00.000Z' },
      { title: 'New York sync', start: '2025-03-10T13:00:00.000Z', end: '2025-03-10T13:30:00.000Z' },
      { title: 'Design review', start: '2025-03-11T09:00:00.000Z', end: '2025-03-11T10:00:00.000Z' },
      { title: 'Budget check', start: '2025-03-12T15:00:00.000Z', end: '2025-03-12T16:00:00.000Z' },
      {
        title: 'Design review (afternoon this week)',
        start: '2025-03-18T13:00:00.000Z',
        end: '2025-03-18T14:00:00.000Z',
      },
      { title: 'Design review', start: '2025-03-25T09:00:00.000Z', end: '2025-03-25T10:00:00.000Z' },
      { title: 'Design review', start: '2025-04-01T08:00:00.000Z', end: '2025-04-01T09:00:00.000Z' },
    ]);
    expect(calendar.warnings).toEqual([]);
    expect(calendar.name).toBe('noor@example.org');
  });

  it('says which are not meetings to check in before, and why', () => {
    expect(weeks.map((occurrence) => occurrence.skip)).toEqual([
      null,
      null,
      'all-day',
      null,
      null,
      'declined',
      null,
      'cancelled',
      null,
    ]);
  });

  it('leaves out the room and the user, and keeps the text intact', () => {
    expect(weeks[0]?.others).toEqual([
      { name: 'Lotte Jansen', email: 'lotte@example.org' },
      { name: 'joris@example.org', email: 'joris@example.org' },
    ]);
    expect(weeks[1]?.others).toEqual([{ name: 'Sam Peeters', email: 'sam@example.org' }]);
    expect(weeks[1]?.selfResponse).toBe('accepted');
  });

  it('reads the feed the same from text as from bytes', () => {
    const fromText = parseCalendar(fixtureText('google-feed.ics'));
    expect(between(fromText, '2025-03-03T00:00:00Z', '2025-04-07T00:00:00Z')).toEqual(weeks);
  });
});
