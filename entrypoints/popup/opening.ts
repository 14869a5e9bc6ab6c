// What the popup asks for the moment it loads, before the first render: the reads start
// together, so the slowest one sets the pace of a complete Today. The language is apart
// (main.tsx): it alone gates the first render. Today's meetings come from the expansions the
// worker keeps beside each calendar (src/feeds/upcoming.ts) when every enabled calendar has
// one that fits; only otherwise is the worker asked, which may have to start first.

import type { FeedStatus } from '../../src/feeds';
import { keptMeetings, upcomingOf } from '../../src/feeds/upcoming';
import type { LanguageSetting } from '../../src/i18n';
import type { Status, UpcomingMeeting } from '../../src/messaging';
import { loadOverview, type PeopleOverview } from '../../src/people';
import { sendMessage } from '../../src/platform';
import type { ReminderRules, ReminderState } from '../../src/reminders';
import { language as languageSetting, selfEmails } from '../../src/settings';
import { type FeedSource, feedSources, feedStatuses } from '../../src/settings/feeds';
import { reminderRules, reminderState } from '../../src/settings/reminders';
import { track } from '../../src/ui';
import { afterPaint } from '../../src/ui/popup/first-frame';
import { MEETINGS_STEP, PEOPLE_STEP } from '../../src/ui/popup/marks';
import { type PopupTab, tabOf } from '../../src/ui/popup/tab-names';
import { TODAY_HOURS } from '../../src/ui/popup/today';

export interface Opening {
  /** The tab named in the address (`popup.html#phrases`), else Today. */
  tab: PopupTab;
  sources: Promise<FeedSource[]>;
  rules: Promise<ReminderRules>;
  state: Promise<ReminderState>;
  people: Promise<PeopleOverview>;
  meetings: Promise<UpcomingMeeting[]>;
  status: Promise<Status>;
  statuses: Promise<Record<string, FeedStatus>>;
  language: Promise<LanguageSetting>;
  /** Settles once Today's reads (all of the above but the status line) have answered. */
  read: Promise<unknown>;
  /**
   * Settles once Today's own reads have answered and the frame after them was painted: what
   * else asks the worker (the status line, the site toggle) waits for it, since a stopped
   * worker starting up competes with Today for the CPU, and its answers with Today's paint.
   */
  todayShown: Promise<unknown>;
}

/**
 * The promise, marked as handled (App reads failures itself once it renders) and tracked, so
 * a render after it answered shows its outcome at once. Marks `step` when it answers.
 */
function early<T>(promise: Promise<T>, step?: string): Promise<T> {
  promise.then(
    () => step && performance.mark(step),
    () => undefined,
  );
  return track(promise);
}

/**
 * The meetings of Today as the worker would answer `upcomingMeetings`, read from the stored
 * expansions; asked of the worker when one is missing or does not fit (or cannot be read).
 */
async function todayMeetings(
  now: number,
  reads: { sources: Promise<FeedSource[]>; rules: Promise<ReminderRules>; state: Promise<ReminderState> },
): Promise<UpcomingMeeting[]> {
  const askWorker = () => sendMessage('upcomingMeetings', { hours: TODAY_HOURS });
  try {
    const query = Promise.all([reads.rules, selfEmails.get()]).then(([rules, self]) => ({
      from: new Date(now),
      to: new Date(now + TODAY_HOURS * 3_600_000),
      self,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      maxPeople: rules.maxMeetingSize,
    }));
    // Handled below, or not needed when the calendars cannot be read.
    query.catch(() => undefined);
    // The calendars' stored meetings are looked up while the rules and the addresses are read.
    const [calendars, state] = await Promise.all([keptMeetings(query, await reads.sources), reads.state]);
    return calendars ? upcomingOf(calendars, state) : await askWorker();
  } catch {
    return askWorker();
  }
}

export function startOpening(hash: string, now: number): Opening {
  const sources = early(feedSources.get());
  const rules = early(reminderRules.get());
  const state = early(reminderState.get());
  const people = early(loadOverview(now), PEOPLE_STEP);
  const meetings = early(todayMeetings(now, { sources, rules, state }), MEETINGS_STEP);
  const statuses = early(feedStatuses.get());
  const language = early(languageSetting.get());
  // App renders Today as soon as these settle (a microtask); this settles a task after that
  // frame's paint, so also after the mark App sets once that paint is done (READY_MARK): the
  // work that waits for it never sits between Today on screen and that mark.
  const todayShown = Promise.allSettled([people, meetings]).then(
    () => new Promise<void>((resolve) => afterPaint(() => setTimeout(resolve))),
  );
  return {
    tab: tabOf(hash),
    sources,
    rules,
    state,
    people,
    meetings,
    status: early(todayShown.then(() => sendMessage('getStatus', null))),
    statuses,
    language,
    read: Promise.allSettled([sources, rules, state, people, meetings, statuses, language]),
    todayShown,
  };
}
