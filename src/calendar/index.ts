// Calendar feeds (ICS) -> the meetings in them, at the right instants. Pure: no browser,
// no DOM, no clock; the window and the user's zone are parameters. src/background runs it:
// reminders.ts reads the stored feeds with it, feeds.ts checks a fetched feed before it is
// kept.
export { CalendarError, type CalendarErrorCode } from './errors';
export { occurrencesBetween } from './occurrences';
export { parseCalendar } from './parse';
export type {
  Calendar,
  Occurrence,
  OccurrenceQuery,
  OccurrenceStatus,
  Person,
  SelfResponse,
  SkipReason,
} from './types';
