// Which calendar occurrences are meetings to check in before, by the user's rules.
import { inClockRange, localMinute, localWeekday } from './local-time';
import type { MeetingInput, ReminderRules, ReminderState } from './types';

/** Reasons from the calendar about the meeting's size; the size is judged here against the user's rule. */
const SIZE_REASONS: ReadonlySet<string> = new Set(['no-others', 'too-many']);

/** The end of an occurrence id `${uid}@${instant}`: an ISO date or date-time, extended or basic. */
const INSTANT_SUFFIX = /^\d{4}-?\d{2}-?\d{2}(T\d{2}:?\d{2}(:?\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * What "not for this series" remembers: the calendar's `seriesId` (the UID) when given;
 * otherwise the id up to its last '@' when what follows is an instant (`${uid}@${ISO}`),
 * so every occurrence of a series shares it; otherwise the id itself (a single event).
 */
export function seriesKeyOf(meeting: Pick<MeetingInput, 'id' | 'seriesId'>): string {
  if (typeof meeting.seriesId === 'string' && meeting.seriesId) return meeting.seriesId;
  const at = meeting.id.lastIndexOf('@');
  if (at > 0 && INSTANT_SUFFIX.test(meeting.id.slice(at + 1))) return meeting.id.slice(0, at);
  return meeting.id;
}

/** Whether the meeting deserves a reminder at all, before any question of when. */
export function isMeetingToRemind(
  meeting: MeetingInput,
  rules: ReminderRules,
  state: ReminderState,
  timeZone: string,
): boolean {
  if (Number.isNaN(meeting.start.getTime())) return false;
  if (meeting.skip !== null && !SIZE_REASONS.has(meeting.skip)) return false;
  const people = meeting.others.length + 1;
  if (people < 2 || people > rules.maxMeetingSize) return false;
  if (titleHasSkipWord(meeting.title, rules.skipTitleWords)) return false;
  if (!rules.workingDays.includes(localWeekday(meeting.start, timeZone))) return false;
  if (!inClockRange(localMinute(meeting.start, timeZone), rules.workingHours)) return false;
  if (Object.hasOwn(state.dismissedMeetings, meeting.id)) return false;
  return !Object.hasOwn(state.dismissedSeries, seriesKeyOf(meeting));
}

/** Whole words or phrases, any case, any script: "Lunch" skips "Team lunch" but not "Lunchroom sync". */
function titleHasSkipWord(title: string, words: readonly string[]): boolean {
  return words.some((word) => wholeWord(word).test(title));
}

function wholeWord(word: string): RegExp {
  const escaped = word
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}
