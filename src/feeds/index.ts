// The user's calendars kept current: fetching a feed safely (refresh.ts: a conditional
// request, a timeout, a size limit; the last good copy survives any failure), adding,
// importing, renaming and removing calendars (sync.ts), their texts in IndexedDB (store.ts)
// and which addresses are accepted (url.ts). The calendars themselves are settings
// (src/settings/feeds.ts). src/background runs the refreshes (feeds.ts, every 30 minutes,
// and handlers.ts on request); the options page renames and removes
// (entrypoints/options/sections/CalendarsSection.tsx).
export type { FeedCopy, FeedProblem, FeedStatus } from './refresh';
export { deleteCopy, readCopy, writeCopy } from './store';
export {
  addFeed,
  enabledCopies,
  importCalendarFile,
  removeSource,
  type SyncDeps,
  syncAll,
  updateSource,
} from './sync';
export { normalizeFeedUrl } from './url';
