import { describe, expect, it } from 'vitest';
import { occurrencesBetween, parseCalendar } from '../../../src/calendar';
import { between, fixture, fixtureText, seen, starts } from './helpers';

describe('changed instances of a series', () => {
  it('belong to the series with their UID, wherever they are in the feed', () => {
    const week = between(fixture('exceptions-by-uid.ics'), '2025-03-10T00:00:00Z', '2025-03-17T00:00:00Z');
    expect(week.map((occurrence) => [occurrence.id, seen(occurrence)])).toEqual([
      [
        'series-design@20250310T080000Z',
        { title: 'Design', start: '2025-03-10T08:00:00.000Z', end: '2025-03-10T08:30:00.000Z' },
      ],
      [
        'series-planning@20250310T080000Z',
        {
          title: 'Planning (moved to the afternoon)',
          start: '2025-03-10T14:00:00.000Z',
          end: '2025-03-10T14:30:00.000Z',
        },
      ],
    ]);
    const next = between(fixture('exceptions-by-uid.ics'), '2025-03-17T00:00:00Z', '2025-03-24T00:00:00Z');
    expect(next.map((occurrence) => [occurrence.title, occurrence.start.toISOString()])).toEqual([
      ['Planning', '2025-03-17T08:00:00.000Z'],
      ['Design (Tuesday this week)', '2025-03-18T08:00:00.000Z'],
    ]);
  });

  it('appear even when their series is not in the feed', () => {
    const week = between(fixture('orphan-override.ics'), '2025-03-10T00:00:00Z', '2025-03-17T00:00:00Z');
    expect(week).toHaveLength(1);
    expect(week[0]).toMatchObject({
      id: 'series-not-shared@20250312T100000Z',
      title: 'Retro (this week in the big room)',
      selfResponse: 'accepted',
      others: [{ name: 'Sam', email: 'sam@example.org' }],
      skip: null,
    });
    expect(week.map(seen)).toEqual([
      {
        title: 'Retro (this week in the big room)',
        start: '2025-03-12T10:30:00.000Z',
        end: '2025-03-12T11:30:00.000Z',
      },
    ]);
  });

  it('appear in the window they were moved into, and not in the one they left', () => {
    const calendar = fixture('moved-instances.ics');
    const week = between(calendar, '2025-03-10T00:00:00Z', '2025-03-17T00:00:00Z');
    expect(week.map((occurrence) => [occurrence.id, seen(occurrence)])).toEqual([
      [
        'thursday-sync@20250320T090000Z',
        {
          title: 'Thursday sync (early, moved from next week)',
          start: '2025-03-13T15:00:00.000Z',
          end: '2025-03-13T15:30:00.000Z',
        },
      ],
      [
        'thursday-sync@20250102T090000Z',
        {
          title: 'Thursday sync (the first one, finally)',
          start: '2025-03-14T08:00:00.000Z',
          end: '2025-03-14T08:30:00.000Z',
        },
      ],
    ]);
    expect(starts(between(calendar, '2025-03-17T00:00:00Z', '2025-03-24T00:00:00Z'))).toEqual([]);
    expect(starts(between(calendar, '2025-03-24T00:00:00Z', '2025-03-31T00:00:00Z'))).toEqual([
      '2025-03-26T09:00:00.000Z',
      '2025-03-27T09:00:00.000Z',
    ]);
    expect(starts(between(calendar, '2025-01-01T00:00:00Z', '2025-01-10T00:00:00Z'))).toEqual([
      '2025-01-09T09:00:00.000Z',
    ]);
  });
});

describe('EXDATE', () => {
  it('removes occurrences, whichever zone it is written in', () => {
    const week = between(fixture('exdate.ics'), '2025-03-02T23:00:00Z', '2025-03-07T23:00:00Z');
    expect(week.filter((occurrence) => occurrence.title === 'Stand-up').map(seen)).toEqual([
      { title: 'Stand-up', start: '2025-03-03T08:30:00.000Z', end: '2025-03-03T08:45:00.000Z' },
      { title: 'Stand-up', start: '2025-03-04T08:30:00.000Z', end: '2025-03-04T08:45:00.000Z' },
    ]);
  });

  it('removes days from an all-day series', () => {
    const week = between(fixture('exdate.ics'), '2025-03-02T23:00:00Z', '2025-03-07T23:00:00Z');
    expect(week.filter((occurrence) => occurrence.allDay).map((occurrence) => occurrence.id)).toEqual([
      'focus-days@20250303',
      'focus-days@20250305',
      'focus-days@20250306',
      'focus-days@20250307',
    ]);
  });
});

describe('occurrence ids', () => {
  it('stay the same when the feed is read again, even reordered', () => {
    const text = fixtureText('google-feed.ics');
    const events = text.split(/(?=BEGIN:VEVENT)/);
    const head = events.shift() ?? '';
    const reordered = `${head}${events.reverse().join('').replace('END:VCALENDAR\r\n', '')}END:VCALENDAR\r\n`;
    const ids = (source: string) =>
      between(parseCalendar(source), '2025-03-03T00:00:00Z', '2025-04-07T00:00:00Z').map((occurrence) => occurrence.id);
    expect(ids(reordered)).toEqual(ids(text));
    expect(new Set(ids(text)).size).toBe(ids(text).length);
  });

  it('are the UID alone for a single event', () => {
    const week = between(fixture('people.ics'), '2025-03-05T00:00:00Z', '2025-03-05T09:00:00Z');
    expect(week.map((occurrence) => occurrence.id)).toEqual(['one-on-one']);
  });
});

describe('window edges', () => {
  const calendar = fixture('exdate.ics');

  it('includes an occurrence starting exactly at `from` and excludes one starting at `to`', () => {
    const standups = (from: string, to: string) =>
      starts(between(calendar, from, to).filter((occurrence) => occurrence.title === 'Stand-up'));
    expect(standups('2025-03-03T08:30:00Z', '2025-03-04T08:30:00Z')).toEqual(['2025-03-03T08:30:00.000Z']);
    expect(standups('2025-03-03T08:31:00Z', '2025-03-04T08:31:00Z')).toEqual(['2025-03-04T08:30:00.000Z']);
  });

  it('is empty when `to` is not after `from`', () => {
    expect(between(calendar, '2025-03-04T00:00:00Z', '2025-03-04T00:00:00Z')).toEqual([]);
  });

  it('does not change the dates it was given', () => {
    const from = new Date('2025-03-03T00:00:00Z');
    const to = new Date('2025-03-10T00:00:00Z');
    occurrencesBetween(calendar, { from, to, self: [], timeZone: 'Europe/Amsterdam' });
    expect([from.toISOString(), to.toISOString()]).toEqual(['2025-03-03T00:00:00.000Z', '2025-03-10T00:00:00.000Z']);
  });
});

describe('unbounded series', () => {
  it('reach years ahead of their start', () => {
    const calendar = parseCalendar(
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:weekly',
        'SUMMARY:Weekly',
        'DTSTART;TZID=Europe/Amsterdam:20150105T090000',
        'DURATION:PT30M',
        'RRULE:FREQ=WEEKLY',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    expect(starts(between(calendar, '2025-03-03T00:00:00Z', '2025-03-10T00:00:00Z'))).toEqual([
      '2025-03-03T08:00:00.000Z',
    ]);
  });

  it('jump to the window of a rule repeating every minute for decades, instead of walking there', () => {
    const calendar = parseCalendar(
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:minutely',
        'DTSTART:19900101T000000Z',
        'RRULE:FREQ=MINUTELY',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const day = between(calendar, '2025-03-03T00:00:00Z', '2025-03-04T00:00:00Z');
    expect(day).toHaveLength(24 * 60);
    expect(day[1]?.start.toISOString()).toBe('2025-03-03T00:01:00.000Z');
  });
});

describe('repeat rules', () => {
  // BYMONTH with every month changes nothing, but makes the rule go the long way round.
  const EVERY_MONTH = 'BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12';
  const rules = [
    'FREQ=DAILY;INTERVAL=2;COUNT=40',
    'FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20250601T070000Z',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
    'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=30',
    'FREQ=DAILY;UNTIL=20250415',
  ];

  function feed(rule: string): string {
    return [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:rule',
      'SUMMARY:Rule',
      'DTSTART;TZID=Europe/Amsterdam:20250303T093000',
      'DURATION:PT30M',
      `RRULE:${rule}`,
      'EXDATE;TZID=Europe/Amsterdam:20250331T093000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
  }

  it.each(rules)('give the same meetings however %s is written', (rule) => {
    for (const [from, to] of [
      ['2025-02-01T00:00:00Z', '2025-08-01T00:00:00Z'],
      ['2025-04-09T10:00:00Z', '2025-05-20T00:00:00Z'],
    ] as const) {
      const quick = between(parseCalendar(feed(rule)), from, to);
      const long = between(parseCalendar(feed(`${rule};${EVERY_MONTH}`)), from, to);
      expect(quick.length).toBeGreaterThan(1);
      expect(starts(quick)).toEqual(starts(long));
      expect(quick.map((occurrence) => occurrence.id)).toEqual(long.map((occurrence) => occurrence.id));
    }
  });
});
