// The background side of reminders: read what is stored, let src/reminders decide, store
// the decision, set the one alarm, then show each notification in its own attempt. Every
// wake-up runs in the worker's one queue (queue.ts), so two wake-ups never decide on the
// same stored state, and nothing else writes the reminder state meanwhile.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Occurrence } from '../calendar';
import { phrasesFor } from '../coach/phrases';
import { type CalendarMeetings, type MeetingQuery, storedMeetings, upcomingOf } from '../feeds';
import { resolveLocale, translator } from '../i18n';
import type { NudgeChoice, UpcomingMeeting } from '../messaging';
import { addPersonFromAttendee, attendeeMatcher, listPeople, logCheckIn, type Person } from '../people';
import {
  type DueDecision,
  dismissMeeting,
  dueCheckIns,
  dueReminders,
  failedToShow,
  type MeetingInput,
  type MeetingPerson,
  nextAlarmTime,
  nextDueEnd,
  type PlannedReminder,
  planningWindow,
  planReminders,
  type ReminderRules,
  type ReminderState,
  reminderText,
  restoreMeeting,
  seriesKeyOf,
  snoozeReminder,
} from '../reminders';
import { language, selfEmails } from '../settings';
import { reminderRules, reminderState } from '../settings/reminders';
import { notificationsBlocked, showDueOnBadge } from './badge';
import { inOrder } from './queue';

export const REMINDER_ALARM = 'echt.reminder';

/** Set first thing on every wake-up: should the wake-up fail before it sets the real alarm, this one tries again. */
const SAFETY_MS = 60_000;

/** People of the notifications on screen, so "I checked in" works after the worker restarted. */
const shownPeople = storage.defineItem<Record<string, MeetingPerson[]>>('session:reminders.people', { fallback: {} });

type Meeting = Occurrence & { color: string };

function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Every enabled calendar's occurrences starting in [from, to). When the calendars cannot be
 * read (IndexedDB unavailable), there are none: the reminders the user set up in settings
 * still come.
 */
async function loadCalendars(
  window: { from: Date; to: Date },
  timeZone: string,
  maxPeople: number,
): Promise<CalendarMeetings[]> {
  try {
    const query: MeetingQuery = { ...window, self: await selfEmails.get(), timeZone, maxPeople };
    return await storedMeetings(query, () => performance.now());
  } catch (error) {
    console.warn('Echt: the calendars could not be read', error);
    return [];
  }
}

/** Occurrences starting in [from, to) from every enabled calendar, with the calendar's colour. */
async function loadMeetings(window: { from: Date; to: Date }, timeZone: string, maxPeople: number): Promise<Meeting[]> {
  const calendars = await loadCalendars(window, timeZone, maxPeople);
  return calendars.flatMap(({ source, occurrences }) =>
    occurrences.map((occurrence) => ({ ...occurrence, color: source.color })),
  );
}

/** "Not for this meeting" / "not for this series", or the nudge back; then the plan follows. */
export function setMeetingNudge(
  { meetingId, seriesId, nudge }: { meetingId: string; seriesId: string; nudge: NudgeChoice },
  now: () => Date = () => new Date(),
): Promise<void> {
  return inOrder(async () => {
    const meeting = { meetingId, seriesKey: seriesKeyOf({ id: meetingId, seriesId }) };
    await reminderState.update((current) => {
      const state = restoreMeeting(current, meeting);
      return nudge === 'on' ? state : dismissMeeting(state, meeting, nudge, now());
    });
  }).then(() => wakeReminders(now));
}

/** The meetings of the next `hours`, sorted by start, for the popup and the options page. */
export function upcomingMeetings(hours: number, now = new Date()): Promise<UpcomingMeeting[]> {
  // In the queue: reading may store a calendar's expansion, which a refresh or removal must not cross.
  return inOrder(async () => {
    // Both read at once: the popup's Today waits for this answer.
    const [rules, state] = await Promise.all([reminderRules.get(), reminderState.get()]);
    const window = { from: now, to: new Date(now.getTime() + hours * 3_600_000) };
    return upcomingOf(await loadCalendars(window, userTimeZone(), rules.maxMeetingSize), state);
  });
}

/** The user's own words about one of the people: an open "ask about" item, else the last check-in note. */
function noteAbout(people: readonly (Person | undefined)[]): string | undefined {
  for (const person of people) {
    const open = person?.askAbout.filter((item) => !item.done).at(-1);
    if (open) return open.text;
  }
  return people.find((person) => person?.lastCheckIn?.note)?.lastCheckIn?.note;
}

/** What the user noted about the reminder's people; nothing when people memory cannot be read. */
async function noteFor(reminder: PlannedReminder): Promise<string | undefined> {
  if (reminder.people.length === 0) return undefined;
  try {
    return noteAbout(reminder.people.map(attendeeMatcher(await listPeople())));
  } catch (error) {
    // A nudge without a note beats no nudge: people memory may be unavailable (a private window, a full disk).
    console.warn('Echt: people memory could not be read for a reminder', error);
    return undefined;
  }
}

/** Shows one reminder; rejects when the browser does not take the notification. */
async function show(reminder: PlannedReminder, hasButtons: boolean): Promise<void> {
  const locale = resolveLocale(await language.get(), browser.i18n.getUILanguage());
  const t = translator(locale);
  const firstName = reminder.people.length === 1 ? reminder.people[0]?.name.split(/\s+/)[0] : undefined;
  const phrase = phrasesFor('check-in', locale, firstName)[0] ?? '';
  const text = reminderText(reminder, { t, locale, phrase, note: await noteFor(reminder) });
  // Its own id: a retry after a failure replaces the notification, never adds a second one;
  // re-creating one with the same id would only update it silently, so it is cleared first.
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

/** The one alarm: the next reminder or retry, or when a due check-in on the badge ends. */
async function setAlarm(plan: readonly PlannedReminder[], state: ReminderState, now: Date): Promise<void> {
  const times = [nextAlarmTime(plan), nextDueEnd(state, now)].flatMap((time) => (time ? [time.getTime()] : []));
  if (times.length > 0) await browser.alarms.create(REMINDER_ALARM, { when: Math.min(...times) });
  else await browser.alarms.clear(REMINDER_ALARM);
}

interface Wake {
  now: Date;
  timeZone: string;
  rules: ReminderRules;
  meetings: MeetingInput[];
}

/** Decides on the state stored now and stores the decision, in one update; returns it with the state it replaced. */
async function decide(wake: Wake): Promise<{ decision: DueDecision; before: ReminderState }> {
  const result: { decision?: DueDecision; before?: ReminderState } = {};
  await reminderState.update((state) => {
    const decision = dueReminders({ ...wake, state });
    result.decision = decision;
    result.before = state;
    return decision.state;
  });
  if (!result.decision || !result.before) throw new Error('The reminder state was not decided');
  return { decision: result.decision, before: result.before };
}

/**
 * Shows each reminder in its own attempt. One that fails (the browser refuses, or notifications
 * are blocked) is taken back and tried again within its grace period, and its check-in goes on
 * the badge meanwhile. Returns the state stored in the end.
 */
async function showAll(wake: Wake, decision: DueDecision, before: ReminderState): Promise<ReminderState> {
  let state = decision.state;
  if (decision.show.length === 0) return state;
  const blocked = await notificationsBlocked();
  for (const reminder of decision.show) {
    try {
      if (blocked) throw new Error('Notifications are blocked');
      await show(reminder, !import.meta.env.FIREFOX);
    } catch (error) {
      console.warn('Echt: a reminder could not be shown', reminder.id, error);
      const failure = { reminder, countedDay: decision.counted[reminder.id], blocked };
      state = await reminderState.update((current) => failedToShow(current, before, failure, wake.now));
    }
  }
  return state;
}

/** Decides what is due now, sets the alarm for what comes next, then shows what is due. */
export function wakeReminders(now: () => Date = () => new Date()): Promise<void> {
  return inOrder(async () => {
    const at = now();
    // Before anything can fail: a wake-up that ends early is tried again in a minute.
    await browser.alarms.create(REMINDER_ALARM, { when: at.getTime() + SAFETY_MS });
    const timeZone = userTimeZone();
    const rules = await reminderRules.get();
    const meetings = await loadMeetings(planningWindow(at), timeZone, rules.maxMeetingSize);
    const wake: Wake = { now: at, timeZone, rules, meetings };
    // Stored first: a worker killed after this never shows the same reminder twice.
    const { decision, before } = await decide(wake);
    await setAlarm(decision.plan, decision.state, at);
    const state = await showAll(wake, decision, before);
    if (state !== decision.state) await setAlarm(planReminders({ ...wake, state }), state, at);
    await showDueOnBadge(dueCheckIns(state, at).length);
  });
}

/**
 * "I checked in": logs a check-in with each person of the meeting, adding new people to
 * memory. Pressed twice, it logs once: the people are taken off the notification's record,
 * in the queue, once they are logged.
 */
export function checkedIn(reminderId: string, at: number): Promise<void> {
  return inOrder(async () => {
    const people = (await shownPeople.getValue())[reminderId] ?? [];
    for (const attendee of people) {
      const { person } = await addPersonFromAttendee(attendee, at);
      await logCheckIn({ personId: person.id, at, how: 'meeting' });
    }
    const { [reminderId]: _logged, ...rest } = await shownPeople.getValue();
    await shownPeople.setValue(rest);
    await browser.notifications.clear(reminderId);
  });
}

export function snooze(reminderId: string, now: () => Date = () => new Date()): Promise<void> {
  return inOrder(async () => {
    await reminderState.update((state) => snoozeReminder(state, reminderId, now()));
    await browser.notifications.clear(reminderId);
  }).then(() => wakeReminders(now));
}
