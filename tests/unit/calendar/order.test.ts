import { describe, expect, it } from 'vitest';
import { parseCalendar } from '../../../src/calendar';
import { type Found, sortedOccurrences } from '../../../src/calendar/order';
import type { Occurrence } from '../../../src/calendar/types';
import { between } from './helpers';

function event(uid: string, title: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${title}`, `DTSTART:${start}`, `DTEND:${end}`, 'END:VEVENT'];
}

describe('the order of occurrences', () => {
  it('is by start, then end, title and id', () => {
    const calendar = parseCalendar(
      [
        'BEGIN:VCALENDAR',
        ...event('late', 'Retro', '20250305T140000Z', '20250305T150000Z'),
        ...event('long', 'Planning', '20250305T090000Z', '20250305T110000Z'),
        ...event('b-short', 'Sync', '20250305T090000Z', '20250305T093000Z'),
        ...event('a-short', 'Sync', '20250305T090000Z', '20250305T093000Z'),
        ...event('early', 'Stand-up', '20250305T083000Z', '20250305T084500Z'),
        ...event('short', 'Design', '20250305T090000Z', '20250305T093000Z'),
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const day = between(calendar, '2025-03-05T00:00:00Z', '2025-03-06T00:00:00Z');
    expect(day.map((occurrence) => occurrence.id)).toEqual(['early', 'short', 'a-short', 'b-short', 'long', 'late']);
  });

  it('is the same for a series at one time every week as for the events written one by one', () => {
    const monday = Date.UTC(2025, 2, 3, 9);
    const basic = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');
    const singles = Array.from({ length: 40 }, (_, index) => {
      const start = monday + (index % 20) * 7 * 86_400_000;
      const minutes = [30, 60][index % 3 === 0 ? 1 : 0] ?? 30;
      return event(`single-${index}`, index % 2 ? 'Sync' : 'Check-in', basic(start), basic(start + minutes * 60_000));
    });
    const weekly = [
      'BEGIN:VEVENT',
      'UID:weekly',
      'SUMMARY:Sync',
      `DTSTART:${basic(monday)}`,
      'DURATION:PT30M',
      'RRULE:FREQ=WEEKLY;COUNT=20',
      'END:VEVENT',
    ];
    const calendar = parseCalendar(['BEGIN:VCALENDAR', ...singles.flat(), ...weekly, 'END:VCALENDAR'].join('\r\n'));
    const all = between(calendar, '2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
    const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const expected = [...all].sort(
      (a, b) =>
        a.start.getTime() - b.start.getTime() ||
        a.end.getTime() - b.end.getTime() ||
        text(a.title, b.title) ||
        text(a.id, b.id),
    );
    expect(all).toHaveLength(60);
    expect(all.map((occurrence) => occurrence.id)).toEqual(expected.map((occurrence) => occurrence.id));
  });
});

describe('sortedOccurrences', () => {
  function found(times: readonly (readonly [number, number, string])[]): Found {
    const occurrences = times.map(
      ([start, end, title], index): Occurrence => ({
        id: `id-${index}`,
        seriesId: `id-${index}`,
        title,
        start: new Date(start),
        end: new Date(end),
        allDay: false,
        status: 'confirmed',
        selfResponse: null,
        others: [],
        skip: null,
      }),
    );
    return { occurrences, starts: times.map(([start]) => start), ends: times.map(([, end]) => end) };
  }

  const byTitle = (a: Occurrence, b: Occurrence) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);

  /** What a stable sort of the whole list gives, to compare with. */
  function expected(input: Found): string[] {
    const at = (index: number) => input.occurrences[index] as Occurrence;
    return Array.from(input.occurrences.keys())
      .sort(
        (a, b) =>
          (input.starts[a] ?? 0) - (input.starts[b] ?? 0) ||
          (input.ends[a] ?? 0) - (input.ends[b] ?? 0) ||
          byTitle(at(a), at(b)),
      )
      .map((index) => at(index).id);
  }

  /** A fixed pseudo-random sequence, so every run checks the same lists. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }

  it('keeps the order they were found in where start, end and tie are equal', () => {
    const input = found([
      [2_000, 3_000, 'B'],
      [1_000, 3_000, 'A'],
      [2_000, 3_000, 'B'],
      [2_000, 2_500, 'C'],
      [2_000, 3_000, 'A'],
    ]);
    expect(sortedOccurrences(input, byTitle).map((occurrence) => occurrence.id)).toEqual([
      'id-1',
      'id-3',
      'id-4',
      'id-0',
      'id-2',
    ]);
  });

  it('orders many equal starts (a busy day of all-day events) like a stable sort', () => {
    const next = random(7);
    const day = Date.UTC(2025, 2, 5);
    const input = found(
      Array.from({ length: 200 }, () => [day, day + Math.floor(next() * 3) * 86_400_000, `T${Math.floor(next() * 9)}`]),
    );
    expect(sortedOccurrences(input, byTitle).map((occurrence) => occurrence.id)).toEqual(expected(input));
  });

  it('orders starts too far apart to pack, or not whole milliseconds, like a stable sort', () => {
    const next = random(11);
    const farApart = found(
      Array.from({ length: 300 }, () => {
        const start = Math.floor(next() * 40) * 8_000_000_000_000 - 8_000_000_000_000 * 20;
        return [start, start + Math.floor(next() * 3), `T${Math.floor(next() * 3)}`] as const;
      }),
    );
    const fractions = found(Array.from({ length: 50 }, () => [next() * 1_000, 2_000, `T${Math.floor(next() * 3)}`]));
    for (const input of [farApart, fractions]) {
      expect(sortedOccurrences(input, byTitle).map((occurrence) => occurrence.id)).toEqual(expected(input));
    }
  });

  it('gives nothing for nothing', () => {
    expect(sortedOccurrences(found([]), byTitle)).toEqual([]);
  });
});
