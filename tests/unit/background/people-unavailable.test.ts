// People memory that cannot be read (IndexedDB refused, a full disk) while a meeting's
// reminder is put into words: the note about the colleague is left out, the reminder shows.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wakeReminders } from '../../../src/background/reminders';
import { writeCopy } from '../../../src/feeds/store';
import { selfEmails } from '../../../src/settings';
import { feedSources } from '../../../src/settings/feeds';

vi.mock('../../../src/people', async (original) => ({
  ...(await original<typeof import('../../../src/people')>()),
  listPeople: async () => {
    throw new DOMException('The database connection is closing.', 'InvalidStateError');
  },
}));

// A one-on-one at 09:30 today, in the user's own zone (a floating time).
const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Echt test//EN',
  'BEGIN:VEVENT',
  'UID:one-on-one',
  'DTSTAMP:20250301T000000Z',
  'DTSTART:20250324T093000',
  'DTEND:20250324T100000',
  'SUMMARY:One-on-one',
  'ORGANIZER:mailto:me@example.org',
  'ATTENDEE;CN=Me:mailto:me@example.org',
  'ATTENDEE;CN=Sam Peeters:mailto:sam@example.org',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2025, 2, 24, 9, 0) });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('people memory that cannot be read', () => {
  it("leaves the note out of a meeting's reminder, and the reminder still shows", async () => {
    await selfEmails.set(['me@example.org']);
    await writeCopy('team', { text: CALENDAR, fetchedAt: Date.now() });
    await feedSources.set([
      { id: 'team', name: 'Team', color: '#3b7ddd', enabled: true, url: 'https://a.example/t.ics' },
    ]);
    await wakeReminders(() => new Date(2025, 2, 24, 9, 25));
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([expect.stringMatching(/^meeting:one-on-one/)]);
  });
});
