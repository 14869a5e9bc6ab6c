// Every message the worker answers, by type (the protocol is src/messaging.ts): the one
// place to look up what a request from the popup, the options page or a chat tab does.
import { addFeed, importCalendarFile } from '../feeds';
import type { Handlers } from '../messaging';
import { extensionVersion } from '../platform';
import { chatHandlers } from './chat-sites';
import { refreshFeeds, syncDeps } from './feeds';
import { setMeetingNudge, upcomingMeetings, wakeReminders } from './reminders';
import { readStatus } from './status';

export const handlers: Handlers = {
  getStatus: () => readStatus(new Date(), extensionVersion()),
  addFeed: async ({ url, name }) => {
    const { status } = await addFeed(url, name, syncDeps());
    await wakeReminders();
    return status;
  },
  importCalendar: async ({ name, text }) => {
    try {
      await importCalendarFile(name, text, syncDeps());
    } catch {
      return false;
    }
    await wakeReminders();
    return true;
  },
  syncFeeds: async () => {
    await refreshFeeds();
    return null;
  },
  upcomingMeetings: ({ hours }) => upcomingMeetings(hours),
  setMeetingNudge: async (request) => {
    await setMeetingNudge(request);
    return null;
  },
  ...chatHandlers,
};
