// Every message the worker answers, by type (the protocol is src/messaging.ts): the one
// place to look up what a request from the popup, the options page or a chat tab does.
import { addFeed, importCalendarFile } from '../feeds';
import type { Handlers } from '../messaging';
import { extensionVersion } from '../platform';
import { eraseAll, restoreFromBackup } from './backup';
import { chatHandlers } from './chat-sites';
import { refreshFeeds, removeFeed, syncDeps } from './feeds';
import { inOrder } from './queue';
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
      await inOrder(() => importCalendarFile(name, text, syncDeps()));
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
  removeFeed: async ({ id }) => {
    await removeFeed(id);
    return null;
  },
  restoreBackup: ({ backup, mode }) => restoreFromBackup(backup, mode),
  eraseEverything: async () => {
    await eraseAll();
    return null;
  },
  upcomingMeetings: ({ hours }) => upcomingMeetings(hours),
  setMeetingNudge: async (request) => {
    await setMeetingNudge(request);
    return null;
  },
  ...chatHandlers,
};
