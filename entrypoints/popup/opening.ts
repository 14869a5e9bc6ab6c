// What the popup asks for the moment it loads, before the first render: the reads start
// together, so the slowest one sets the pace of a complete Today. The language is apart
// (main.tsx): it alone gates the first render.

import type { Status, UpcomingMeeting } from '../../src/messaging';
import { loadOverview, type PeopleOverview } from '../../src/people';
import { sendMessage } from '../../src/platform';
import type { ReminderRules } from '../../src/reminders';
import { type FeedSource, feedSources } from '../../src/settings/feeds';
import { reminderRules } from '../../src/settings/reminders';
import { type PopupTab, tabOf } from '../../src/ui/popup/tab-names';
import { TODAY_HOURS } from '../../src/ui/popup/today';

export interface Opening {
  /** The tab named in the address (`popup.html#phrases`), else Today. */
  tab: PopupTab;
  sources: Promise<FeedSource[]>;
  rules: Promise<ReminderRules>;
  people: Promise<PeopleOverview>;
  meetings: Promise<UpcomingMeeting[]>;
  status: Promise<Status>;
}

/** The promise, marked as handled: App reads failures itself once it renders. */
function early<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export function startOpening(hash: string, now: number): Opening {
  return {
    tab: tabOf(hash),
    sources: early(feedSources.get()),
    rules: early(reminderRules.get()),
    people: early(loadOverview(now)),
    meetings: early(sendMessage('upcomingMeetings', { hours: TODAY_HOURS })),
    status: early(sendMessage('getStatus', null)),
  };
}
