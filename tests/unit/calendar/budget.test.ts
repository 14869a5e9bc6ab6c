// No feed can hold up Echt: a query within a budget stops when its occurrences or its time
// run out and says so, and rules that repeat within a day jump to the window instead of
// walking there minute by minute.
import { describe, expect, it } from 'vitest';
import { type Budget, occurrencesBetween, occurrencesWithin, parseCalendar } from '../../../src/calendar';
import { between, fixture } from './helpers';

const TWO_DAYS = { from: new Date('2025-03-10T00:00:00Z'), to: new Date('2025-03-12T00:00:00Z') };
const QUERY = { ...TWO_DAYS, self: ['noor@example.org'], timeZone: 'Europe/Amsterdam' };

function feed(...events: string[][]): string {
  const body = events.flatMap((lines, index) => [
    'BEGIN:VEVENT',
    `UID:event-${index}@example.org`,
    'DTSTAMP:20250101T000000Z',
    ...lines,
    'END:VEVENT',
  ]);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Echt tests//EN', ...body, 'END:VCALENDAR', ''].join('\r\n');
}

/** A clock that moves `step` ms every time it is read, so time runs out after a known number of reads. */
function tickingClock(step: number): () => number {
  let now = 0;
  return () => {
    now += step;
    return now;
  };
}

describe('a query within a budget', () => {
  it('stops at the budget of occurrences on 200 events repeating every minute, and says why', () => {
    const probe = fixture('minutely-probe.ics');
    const budget: Budget = { occurrences: 5000, ms: 60_000, clock: () => 0 };
    const { occurrences, cut } = occurrencesWithin(probe, QUERY, budget);
    expect(cut).toBe('occurrences');
    expect(occurrences).toHaveLength(5000);
    // Sorted like any other answer, each instance once.
    const starts = occurrences.map((occurrence) => occurrence.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(occurrences.map((occurrence) => occurrence.id)).size).toBe(5000);
  });

  it('stops when its time is up, also inside a long walk through one rule', () => {
    // The first of every month since 1700: ical.js's iterator walks it from DTSTART, step by step.
    const slow = parseCalendar(
      feed(['DTSTART:17000101T090000Z', 'DTEND:17000101T091500Z', 'RRULE:FREQ=MONTHLY;BYMONTHDAY=1', 'SUMMARY:Slow']),
    );
    const { occurrences, cut } = occurrencesWithin(slow, QUERY, { occurrences: 5000, ms: 100, clock: tickingClock(1) });
    expect(cut).toBe('time');
    expect(occurrences).toEqual([]);
  });

  it('gives the same occurrences as an unbounded query when the budget suffices', () => {
    const google = fixture('google-feed.ics');
    const week = { ...QUERY, from: new Date('2025-03-03T00:00:00Z'), to: new Date('2025-03-17T00:00:00Z') };
    const bounded = occurrencesWithin(google, week, { occurrences: 5000, ms: 60_000, clock: () => 0 });
    expect(bounded.cut).toBeNull();
    expect(bounded.occurrences).toEqual(occurrencesBetween(google, week));
  });
});

describe('rules ical.js would search forever', () => {
  it.each([
    ['a day that never comes', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'],
    ['every minute of the second Monday', 'FREQ=MINUTELY;BYDAY=2MO'],
    ['every hour in December', 'FREQ=HOURLY;BYMONTH=12'],
  ])('skip their event with a warning (%s) and keep the rest', (_name, rule) => {
    const calendar = parseCalendar(
      feed(
        ['DTSTART:20250301T090000Z', 'DTEND:20250301T091500Z', `RRULE:${rule}`, 'SUMMARY:Never'],
        ['DTSTART:20250310T090000Z', 'DTEND:20250310T091500Z', 'SUMMARY:Coffee'],
      ),
    );
    expect(calendar.warnings).toEqual(['Skipped “Never”: its repeat rule could not be read.']);
    expect(between(calendar, '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z').map((o) => o.title)).toEqual(['Coffee']);
  });
});

describe('rules that repeat within a day', () => {
  it('find their instances in the window however long ago they started', () => {
    const calendar = parseCalendar(
      feed([
        'DTSTART:19900101T090000Z',
        'DTEND:19900101T090500Z',
        'RRULE:FREQ=HOURLY;INTERVAL=6',
        'SUMMARY:Drink water',
      ]),
    );
    const starts = between(calendar, '2025-03-10T00:00:00Z', '2025-03-11T00:00:00Z').map((occurrence) =>
      occurrence.start.toISOString(),
    );
    expect(starts).toEqual([
      '2025-03-10T03:00:00.000Z',
      '2025-03-10T09:00:00.000Z',
      '2025-03-10T15:00:00.000Z',
      '2025-03-10T21:00:00.000Z',
    ]);
  });

  it('step through the wall clock, once per instant, across the change to summer time', () => {
    const hourly = parseCalendar(
      feed([
        'DTSTART;TZID=Europe/Amsterdam:20250329T220000',
        'DTEND;TZID=Europe/Amsterdam:20250329T221000',
        'RRULE:FREQ=HOURLY;COUNT=12',
        'SUMMARY:Hourly',
      ]),
    );
    const occurrences = between(hourly, '2025-03-29T20:00:00Z', '2025-03-30T06:00:00Z');
    // 22:00 CET to 07:00 CEST; 02:00 does not exist that night and would be 03:00 again.
    expect(occurrences.map((occurrence) => occurrence.start.toISOString().slice(11, 16))).toEqual([
      '21:00',
      '22:00',
      '23:00',
      '00:00',
      '01:00',
      '02:00',
      '03:00',
      '04:00',
      '05:00',
    ]);
    expect(new Set(occurrences.map((occurrence) => occurrence.id)).size).toBe(9);
  });
});
