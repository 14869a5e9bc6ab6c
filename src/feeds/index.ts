// The user's calendars kept current: fetching a feed safely (refresh.ts: a conditional
// request, a timeout, a size limit, no redirect to plain http; the last good copy survives
// any failure), adding, importing, renaming and removing calendars (sync.ts), their texts and
// expansions in IndexedDB (store.ts), the meetings of the coming weeks within a budget per
// calendar (expansion.ts), those meetings as the pages show them and read them without the
// worker (upcoming.ts, which a page imports directly: this file brings the parser), how
// current a copy is (health.ts) and which addresses are accepted (url.ts). The calendars themselves are settings
// (src/settings/feeds.ts). src/background runs the refreshes (feeds.ts, every 30 minutes,
// and handlers.ts on request); the options page renames and removes
// (entrypoints/options/sections/CalendarsSection.tsx).

export { FEED_BUDGET } from './budget';
export { type MeetingQuery, storedMeetings } from './expansion';
export { addressFailed, isStale, lastConfirmed } from './health';
export { DEFAULT_MAX_BYTES, type FeedCopy, type FeedProblem, type FeedStatus, type FeedWarning } from './refresh';
export { deleteAllCopies, deleteCopy, readCopy, writeCopy } from './store';
export {
  addFeed,
  importCalendarFile,
  removeSource,
  type Serially,
  type SyncDeps,
  syncAll,
  updateSource,
} from './sync';
export { type CalendarMeetings, upcomingOf } from './upcoming';
export { maskFeedUrl, normalizeFeedUrl } from './url';
