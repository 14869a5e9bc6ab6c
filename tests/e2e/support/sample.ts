// The sample data `npm start` shows Echt with: a few colleagues, one "ask about" item, a
// couple of check-ins this week and a calendar with a meeting in 10 minutes, so the popup's
// Today is full. It lives here, in the test harness, and is written from outside into the
// throwaway profile the demo starts (support/demo.ts): nothing in src/ or entrypoints/
// imports it (tests/unit/architecture.test.ts checks that), so no build of Echt carries it.
import type { CheckIn, PersonData } from '../../../src/people';
import { EXPORT_FORMAT, EXPORT_VERSION, type PeopleExport } from '../../../src/people/export-format';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The user's own address in the sample calendar. */
export const SAMPLE_SELF = 'you@example.org';

/** A draft the chip has something to say about (a vague offer of help). */
export const SAMPLE_DRAFT = 'Sorry to hear about your dad. Let me know if I can do anything.';

interface Colleague {
  id: string;
  name: string;
  email: string;
  notes: string;
}

const SAM: Colleague = {
  id: 'sample-sam',
  name: 'Sam Peeters',
  email: 'sam.peeters@example.org',
  notes: 'Moved house last month. Two kids, a dog called Bo.',
};
const PRIYA: Colleague = {
  id: 'sample-priya',
  name: 'Priya Raman',
  email: 'priya.raman@example.org',
  notes: 'Back from parental leave since Monday.',
};
const LOTTE: Colleague = {
  id: 'sample-lotte',
  name: 'Lotte Jansen',
  email: 'lotte.jansen@example.org',
  notes: 'Training for a half marathon.',
};
const NOOR: Colleague = {
  id: 'sample-noor',
  name: 'Noor de Vries',
  email: 'noor.devries@example.org',
  notes: 'Works from Groningen; prefers a call to chat.',
};

function isoDay(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Four colleagues, Sam with something to ask about, two check-ins this week. */
export function samplePeople(now: number): PeopleExport {
  const person = (colleague: Colleague, extra: Partial<PersonData> = {}): PersonData => ({
    id: colleague.id,
    name: colleague.name,
    emails: [colleague.email],
    notes: colleague.notes,
    askAbout: [],
    addedAt: now - 120 * DAY,
    ...extra,
  });
  const people = [
    person(SAM, {
      askAbout: [
        { id: 'sample-move', text: 'How the move went', date: isoDay(now), done: false, createdAt: now - 9 * DAY },
      ],
    }),
    person(PRIYA),
    person(LOTTE),
    person(NOOR, { reconnectWeeks: 2 }),
  ];
  const checkIns: CheckIn[] = [
    { id: 'sample-noor-call', personId: NOOR.id, at: now - 40 * DAY, how: 'call', note: 'Asked about the move north' },
    { id: 'sample-lotte-coffee', personId: LOTTE.id, at: now - 2 * DAY, how: 'coffee' },
    { id: 'sample-priya-chat', personId: PRIYA.id, at: now - 1 * DAY, how: 'chat', note: 'Welcome back' },
  ];
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, people, checkIns };
}

function stamp(time: number): string {
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A demo calendar: coffee with Sam and Priya in 10 minutes, planning later today, a 1:1 tomorrow. */
export function sampleCalendar(now: number): string {
  const start = Math.ceil((now + 10 * MINUTE) / MINUTE) * MINUTE;
  const meeting = (uid: string, title: string, at: number, minutes: number, colleagues: Colleague[]) => [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(at)}`,
    `DTEND:${stamp(at + minutes * MINUTE)}`,
    `SUMMARY:${title}`,
    `ORGANIZER;CN=You:mailto:${SAMPLE_SELF}`,
    `ATTENDEE;CN=You;PARTSTAT=ACCEPTED:mailto:${SAMPLE_SELF}`,
    ...colleagues.map((colleague) => `ATTENDEE;CN=${colleague.name};PARTSTAT=ACCEPTED:mailto:${colleague.email}`),
    'END:VEVENT',
  ];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Echt demo//EN',
    'X-WR-CALNAME:Demo calendar',
    ...meeting('sample-coffee', 'Coffee with Sam and Priya', start, 30, [SAM, PRIYA]),
    ...meeting('sample-planning', 'Sprint planning', start + 3 * 60 * MINUTE, 60, [LOTTE, NOOR]),
    ...meeting('sample-one-on-one', '1:1 with Priya', start + DAY, 30, [PRIYA]),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
