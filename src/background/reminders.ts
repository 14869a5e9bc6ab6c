// The background side of reminders: read what is stored, let src/reminders decide, store
// the decision, show notifications and set the one alarm. Every wake-up runs through one
// queue, so two wake-ups never decide on the same stored state.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type Calendar, type Occurrence, occurrencesBetween, parseCalendar } from '../calendar';
import { phrasesFor } from '../coach/phrases';
import { enabledCopies } from '../feeds';
import { resolveLocale, translator } from '../i18n';
import type { NudgeChoice, UpcomingMeeting } from '../messaging';
import { addPersonFromAttendee, attendeeMatcher, listPeople, logCheckIn, type Person } from '../people';
import { serialQueue } from '../platform';
import {
  dismissMeeting,
  dueReminders,
  isDismissed,
  type MeetingInput,
  type MeetingPerson,
  nextAlarmTime,
  type PlannedReminder,
  planningWindow,
  type ReminderState,
  reminderText,
  restoreMeeting,
  seriesKeyOf,
  snoozeReminder,
} from '../reminders';
import { language, selfEmails } from '../settings';
import { reminderRules, reminderState } from '../settings/reminders';

export const REMINDER_ALARM = 'echt.reminder';

/** People of the notifications on screen, so "I checked in" works after the worker restarted. */
const shownPeople = storage.defineItem<Record<string, MeetingPerson[]>>('session:reminders.people', { fallback: {} });

// Parsing is the costly part of a wake-up; keep the parsed calendars while the worker lives.
const parsed = new Map<string, { fetchedAt: number; calendar: Calendar }>();

function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Occurrences starting in [from, to) from every enabled calendar, with the calendar's colour. */
async function loadOccurrences(
  window: { from: Date; to: Date },
  timeZone: string,
  maxPeople: number,
): Promise<(Occurrence & { color: string })[]> {
  const self = await selfEmails.get();
  const meetings: (Occurrence & { color: string })[] = [];
  for (const { source, copy } of await enabledCopies()) {
    let entry = parsed.get(source.id);
    if (entry?.fetchedAt !== copy.fetchedAt) {
      try {
        entry = { fetchedAt: copy.fetchedAt, calendar: parseCalendar(copy.text) };
      } catch {
        continue; // A stored copy was validated when fetched; one that no longer reads is skipped.
      }
      parsed.set(source.id, entry);
    }
    for (const occurrence of occurrencesBetween(entry.calendar, { ...window, self, timeZone, maxPeople })) {
      meetings.push({ ...occurrence, color: source.color });
    }
  }
  return meetings;
}

function nudgeOf(state: ReminderState, occurrence: Occurrence): NudgeChoice {
  if (Object.hasOwn(state.dismissedSeries, seriesKeyOf(occurrence))) return 'series';
  return isDismissed(state, { meetingId: occurrence.id, seriesKey: seriesKeyOf(occurrence) }) ? 'meeting' : 'on';
}

/** "Not for this meeting" / "not for this series", or the nudge back; then the plan follows. */
export function setMeetingNudge(
  { meetingId, seriesId, title, nudge }: { meetingId: string; seriesId: string; title: string; nudge: NudgeChoice },
  now: () => Date = () => new Date(),
): Promise<void> {
  return enqueue(async () => {
    const meeting = { meetingId, seriesKey: seriesKeyOf({ id: meetingId, seriesId }), title };
    const state = restoreMeeting(await reminderState.get(), meeting);
    await reminderState.set(nudge === 'on' ? state : dismissMeeting(state, meeting, nudge, now()));
  }).then(() => wakeReminders(now));
}

/** The meetings of the next `hours`, sorted by start, for the popup and the options page. */
export async function upcomingMeetings(hours: number, now = new Date()): Promise<UpcomingMeeting[]> {
  const rules = await reminderRules.get();
  const window = { from: now, to: new Date(now.getTime() + hours * 3_600_000) };
  const occurrences = await loadOccurrences(window, userTimeZone(), rules.maxMeetingSize);
  const state = await reminderState.get();
  return occurrences
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .map((occurrence) => ({
      id: occurrence.id,
      title: occurrence.title,
      start: occurrence.start.getTime(),
      end: occurrence.end.getTime(),
      people: [...occurrence.others],
      skip: occurrence.skip,
      color: occurrence.color,
      seriesId: occurrence.seriesId,
      nudge: nudgeOf(state, occurrence),
    }));
}

/** The user's own words about one of the people: an open "ask about" item, else the last check-in note. */
function noteAbout(people: readonly (Person | undefined)[]): string | undefined {
  for (const person of people) {
    const open = person?.askAbout.filter((item) => !item.done).at(-1);
    if (open) return open.text;
  }
  return people.find((person) => person?.lastCheckIn?.note)?.lastCheckIn?.note;
}

async function show(reminder: PlannedReminder, hasButtons: boolean): Promise<void> {
  const locale = resolveLocale(await language.get(), browser.i18n.getUILanguage());
  const t = translator(locale);
  const known = reminder.people.map(attendeeMatcher(await listPeople()));
  const firstName = reminder.people.length === 1 ? reminder.people[0]?.name.split(/\s+/)[0] : undefined;
  const phrase = phrasesFor('check-in', locale, firstName)[0] ?? '';
  const text = reminderText(reminder, { t, locale, phrase, note: noteAbout(known) });
  // Re-creating a notification with the same id would only update it silently.
  await browser.notifications.clear(reminder.id);
  await browser.notifications.create(reminder.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
    ...(hasButtons && reminder.kind === 'meeting'
      ? { buttons: [{ title: t('reminderCheckedIn') }, { title: t('reminderSnooze') }] }
      : {}),
  });
  if (reminder.people.length > 0) {
    await shownPeople.setValue({ ...(await shownPeople.getValue()), [reminder.id]: reminder.people });
  }
}

/** Background work on the reminder state, one task at a time. */
const enqueue = serialQueue((error: unknown) => console.error('Echt reminders:', error));

/** Decides what is due now, shows it, and sets the alarm for the next one. */
export function wakeReminders(now: () => Date = () => new Date()): Promise<void> {
  return enqueue(async () => {
    const at = now();
    const timeZone = userTimeZone();
    const rules = await reminderRules.get();
    const meetings: MeetingInput[] = await loadOccurrences(planningWindow(at), timeZone, rules.maxMeetingSize);
    const decision = dueReminders({ now: at, timeZone, meetings, rules, state: await reminderState.get() });
    // Store first: a worker killed after this line never shows the same reminder twice.
    await reminderState.set(decision.state);
    for (const reminder of decision.show) await show(reminder, !import.meta.env.FIREFOX);
    const next = nextAlarmTime(decision.plan);
    if (next) await browser.alarms.create(REMINDER_ALARM, { when: next.getTime() });
    else await browser.alarms.clear(REMINDER_ALARM);
  });
}

/** "I checked in": logs a check-in with each person of the meeting, adding new people to memory. */
export async function checkedIn(reminderId: string, at: number): Promise<void> {
  const people = (await shownPeople.getValue())[reminderId] ?? [];
  for (const attendee of people) {
    const { person } = await addPersonFromAttendee(attendee, at);
    await logCheckIn({ personId: person.id, at, how: 'meeting' });
  }
  await browser.notifications.clear(reminderId);
}

export function snooze(reminderId: string, now: () => Date = () => new Date()): Promise<void> {
  return enqueue(async () => {
    await reminderState.set(snoozeReminder(await reminderState.get(), reminderId, now()));
    await browser.notifications.clear(reminderId);
  }).then(() => wakeReminders(now));
}
