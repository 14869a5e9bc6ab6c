// Reading the calendar fixtures and asking them for occurrences, for the calendar tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Calendar,
  type Occurrence,
  type OccurrenceQuery,
  occurrencesBetween,
  parseCalendar,
} from '../../../src/calendar';

// A path, not a URL: the test DOM replaces the URL class with one Node's fs does not accept.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/calendar');

export const ALL_FIXTURES = [
  'outlook-feed.ics',
  'google-feed.ics',
  'exceptions-by-uid.ics',
  'orphan-override.ics',
  'moved-instances.ics',
  'exdate.ics',
  'windows-zones.ics',
  'iana-without-vtimezone.ics',
  'floating.ics',
  'dst.ics',
  'bom.ics',
  'folded-utf8.ics',
  'bad-values.ics',
  'truncated.ics',
  'garbage.ics',
  'people.ics',
] as const;

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fixture(name: string): Calendar {
  return parseCalendar(fixtureBytes(name));
}

type Options = Partial<Omit<OccurrenceQuery, 'from' | 'to'>>;

/** Occurrences between two ISO instants, for Noor in Amsterdam unless told otherwise. */
export function between(calendar: Calendar, from: string, to: string, options: Options = {}): Occurrence[] {
  return occurrencesBetween(calendar, {
    from: new Date(from),
    to: new Date(to),
    self: ['noor@example.org'],
    timeZone: 'Europe/Amsterdam',
    ...options,
  });
}

/** What a user sees of an occurrence: its title and UTC start and end. */
export function seen(occurrence: Occurrence): { title: string; start: string; end: string } {
  return { title: occurrence.title, start: occurrence.start.toISOString(), end: occurrence.end.toISOString() };
}

export function starts(occurrences: readonly Occurrence[]): string[] {
  return occurrences.map((occurrence) => occurrence.start.toISOString());
}

/** `before` + "ë" + `after` as UTF-8 bytes, with a line fold between the two bytes of "ë" (C3 AB). */
export function foldedInsideE(before: string, after: string): Uint8Array<ArrayBuffer> {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  return new Uint8Array([...utf8(before), 0xc3, ...utf8('\r\n '), 0xab, ...utf8(after)]);
}
