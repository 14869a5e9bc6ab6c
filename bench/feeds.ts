// Calendar feeds for the benchmarks, the same on every run: a generated feed of meetings
// and weekly series with their exceptions, and copies of a Google-style meeting. Used by
// bench/calendar.ts (reading a big feed) and bench/plan.ts (planning from stored feeds).
import { readFileSync } from 'node:fs';

const OVERRIDES_PER_SERIES = 3;
const DAY = 86_400_000;
const ZONES = ['Europe/Amsterdam', 'W. Europe Standard Time', 'America/New_York', 'Asia/Kolkata'];

/** A fixed pseudo-random sequence, so every run reads (and seeds) the same data. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function basic(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}Z$/g, '');
}

/** Folds a content line at 75 octets (the characters here are all ASCII). */
function fold(line: string): string {
  const parts: string[] = [];
  for (let index = 0; index < line.length; index += index === 0 ? 75 : 74) {
    parts.push(line.slice(index, index + (index === 0 ? 75 : 74)));
  }
  return parts.join('\r\n ');
}

function people(next: () => number, organizer: number): string[] {
  const count = 2 + Math.floor(next() * 5);
  const lines = [`ORGANIZER;CN=Colleague ${organizer}:mailto:colleague.${organizer}@example.org`];
  for (let index = 0; index < count; index++) {
    const who = Math.floor(next() * 400);
    const answer = ['ACCEPTED', 'TENTATIVE', 'NEEDS-ACTION', 'DECLINED'][Math.floor(next() * 4)];
    lines.push(
      `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${answer};CN=Colleague ${who};X-NUM-GUESTS=0:mailto:colleague.${who}@example.org`,
    );
  }
  lines.push('ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Noor:mailto:noor@example.org');
  return lines;
}

function event(uid: string, title: string, zone: string, start: number, minutes: number, extra: string[]): string[] {
  const next = random(uid.length * 7919 + start / 60_000);
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:20241201T080000Z`,
    `DTSTART;TZID=${zone}:${basic(start)}`,
    `DTEND;TZID=${zone}:${basic(start + minutes * 60_000)}`,
    ...extra,
    `SUMMARY:${title}`,
    'DESCRIPTION:Agenda: where we are\\, what is in the way\\, who needs a hand. Join: https://meet.example.org/abc-defg-hij',
    'LOCATION:Room Amstel',
    ...people(next, Math.floor(next() * 400)),
    'STATUS:CONFIRMED',
    'SEQUENCE:0',
    'END:VEVENT',
  ].map(fold);
}

/** Wall-clock starts (as if UTC) on working days of 2025 between 08:00 and 17:00. */
function workingStart(next: () => number): number {
  const day = Math.floor(next() * 365);
  const date = Date.UTC(2025, 0, 1) + day * DAY;
  const weekday = new Date(date).getUTCDay();
  const shift = weekday === 0 ? DAY : weekday === 6 ? 2 * DAY : 0;
  return date + shift + (8 + Math.floor(next() * 18) / 2) * 3_600_000;
}

/**
 * `events` VEVENTs over 2025 in four zones: `seriesCount` weekly series, each with three
 * changed instances (moved, moved a week, cancelled) and two EXDATEs, and single meetings
 * for the rest.
 */
export function generateFeed(events: number, seriesCount: number): string {
  const next = random(2025);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Echt//Bench//EN', 'X-WR-CALNAME:Bench'];
  let count = 0;
  for (let series = 0; series < seriesCount; series++) {
    const zone = ZONES[series % ZONES.length] ?? 'UTC';
    const start = Date.UTC(2025, 0, 6 + (series % 5)) + (8 + (series % 9)) * 3_600_000;
    const uid = `series-${series}@bench.example.org`;
    const exdates = [2, 9].map((week) => basic(start + week * 7 * DAY));
    lines.push(
      ...event(uid, `Series ${series}`, zone, start, 30, [
        'RRULE:FREQ=WEEKLY',
        `EXDATE;TZID=${zone}:${exdates.join(',')}`,
      ]),
    );
    count += 1;
    for (let override = 0; override < OVERRIDES_PER_SERIES; override++) {
      const week = 4 + override * 12 + Math.floor(next() * 8);
      const original = start + week * 7 * DAY;
      const moved = original + (override === 1 ? 7 * DAY : 3 * 3_600_000);
      const status = override === 2 ? ['STATUS:CANCELLED'] : [];
      lines.push(
        ...event(uid, `Series ${series} (moved)`, zone, moved, 30, [
          `RECURRENCE-ID;TZID=${zone}:${basic(original)}`,
          ...status,
        ]).filter((line) => !(status.length > 0 && line === 'STATUS:CONFIRMED')),
      );
      count += 1;
    }
  }
  for (let single = 0; count < events; single++, count++) {
    const zone = ZONES[single % ZONES.length] ?? 'UTC';
    lines.push(...event(`single-${single}@bench.example.org`, `Meeting ${single}`, zone, workingStart(next), 45, []));
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

/**
 * `copies` copies of the Google fixture's first meeting, each with its own UID and no repeat
 * rule: the description (Meet's join text), conference link and other properties Echt
 * never reads are two fifths of each event, as in real Google feeds.
 */
export function googleStyleFeed(copies: number): string {
  const google = readFileSync(new URL('../tests/fixtures/calendar/google-feed.ics', import.meta.url), 'utf8');
  const first = google.indexOf('BEGIN:VEVENT');
  const end = google.indexOf('END:VEVENT', first) + 'END:VEVENT\r\n'.length;
  const meeting = google.slice(first, end).replace(/RRULE:[^\r\n]*\r\n/, '');
  const uid = /UID:([^\r\n]*)/.exec(meeting)?.[1] ?? '';
  const events = Array.from({ length: copies }, (_, index) => meeting.replace(uid, `copy-${index}-${uid}`));
  return `${google.slice(0, first)}${events.join('')}END:VCALENDAR\r\n`;
}
