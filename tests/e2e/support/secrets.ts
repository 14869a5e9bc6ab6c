// A user's secrets for the trust tests: a calendar behind a secret address, with a meeting
// in a few hours whose title and attendee must never reach a content script, and the
// user's own e-mail address. Served on 127.0.0.1 from a folder of the temp dir.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FixtureServer, serveFixtures } from './server';

/** What must never be readable where a content script can read, nor be answered to one. */
export const SECRETS = {
  /** The secret part of the feed's address, as Google writes one. */
  token: 'private-7c1d9e2f4a6b',
  title: 'Funeral planning with Priya',
  attendee: 'Priya Ramanathan',
  attendeeEmail: 'priya.ramanathan@example.org',
  selfEmail: 'robin.devries@example.org',
} as const;

export interface SecretCalendar {
  /** The feed's address: http on this computer, as Echt accepts for a local calendar. */
  url: string;
  close(): Promise<void>;
}

/** 20260504T100000Z */
const icsTime = (at: number) => new Date(at).toISOString().replace(/[-:]|\.\d{3}/g, '');

function calendarText(now: number): string {
  const start = now + 3 * 3_600_000;
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Echt tests//Trust//EN',
    'X-WR-CALNAME:Work',
    'BEGIN:VEVENT',
    'UID:trust-1@example.org',
    `DTSTAMP:${icsTime(now)}`,
    `DTSTART:${icsTime(start)}`,
    `DTEND:${icsTime(start + 1_800_000)}`,
    `SUMMARY:${SECRETS.title}`,
    `ORGANIZER;CN=Robin de Vries:mailto:${SECRETS.selfEmail}`,
    `ATTENDEE;CN=Robin de Vries;PARTSTAT=ACCEPTED:mailto:${SECRETS.selfEmail}`,
    `ATTENDEE;CN=${SECRETS.attendee};PARTSTAT=ACCEPTED:mailto:${SECRETS.attendeeEmail}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** Serves the calendar at /calendar/<token>/basic.ics, with its meeting three hours from now. */
export async function serveSecretCalendar(): Promise<SecretCalendar> {
  const root = await mkdtemp(join(tmpdir(), 'echt-calendar-'));
  const folder = join(root, 'calendar', SECRETS.token);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'basic.ics'), calendarText(Date.now()));
  const server: FixtureServer = await serveFixtures(root);
  return {
    url: `${server.origin}/calendar/${SECRETS.token}/basic.ics`,
    async close() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Every secret found in `text`, case aside; empty when none is there. */
export function secretsIn(text: string): string[] {
  const lower = text.toLowerCase();
  return Object.values(SECRETS).filter((secret) => lower.includes(secret.toLowerCase()));
}
