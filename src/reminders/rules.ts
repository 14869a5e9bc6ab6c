// The user's reminder rules: defaults, and repair of whatever storage hands back.
import { isInstant, isRecord } from '../guards';
import { atLocalMinute, localNoons, parseClock, usableTimeZone } from './local-time';
import type { ClockRange, ReminderRules, Routine, Weekday } from './types';

/**
 * Quiet by default: a few minutes before meetings with 1–7 colleagues on working days,
 * at most three a day. No routines: a made-up 09:25 nudge would be noise for someone
 * without a stand-up, so the first-run screen offers one ("before the daily stand-up",
 * Mon–Fri 09:25) for the user to accept, with its label in their language.
 */
export const DEFAULT_REMINDER_RULES: ReminderRules = {
  leadMinutes: 5,
  maxMeetingSize: 8,
  // English and Dutch words for time that is not a meeting to check in before.
  skipTitleWords: ['Focus', 'Focustijd', 'Lunch', 'OOO', 'Out of office', 'Vrij', 'Afwezig', 'Buiten kantoor'],
  workingDays: [1, 2, 3, 4, 5],
  workingHours: { start: '08:00', end: '18:00' },
  quietHours: null,
  dailyCap: 3,
  pausedUntil: null,
  routines: [],
};

const LIMITS = {
  leadMinutes: [0, 60],
  maxMeetingSize: [2, 100],
  dailyCap: [0, 20],
  skipWords: 50,
  skipWordLength: 60,
  routines: 20,
  labelLength: 80,
} as const;

/** Stored rules made usable field by field: a damaged or missing field takes its default. */
export function repairRules(value: unknown): ReminderRules {
  const stored = isRecord(value) ? value : {};
  const defaults = DEFAULT_REMINDER_RULES;
  return {
    leadMinutes: clampInteger(stored.leadMinutes, LIMITS.leadMinutes, defaults.leadMinutes),
    maxMeetingSize: clampInteger(stored.maxMeetingSize, LIMITS.maxMeetingSize, defaults.maxMeetingSize),
    skipTitleWords: repairWords(stored.skipTitleWords) ?? [...defaults.skipTitleWords],
    workingDays: repairWeekdays(stored.workingDays) ?? [...defaults.workingDays],
    workingHours: repairRange(stored.workingHours) ?? { ...defaults.workingHours },
    quietHours: stored.quietHours === null ? null : (repairRange(stored.quietHours) ?? defaults.quietHours),
    dailyCap: clampInteger(stored.dailyCap, LIMITS.dailyCap, defaults.dailyCap),
    pausedUntil: isInstant(stored.pausedUntil) ? stored.pausedUntil : null,
    routines: repairRoutines(stored.routines),
  };
}

/**
 * When "pause for today" or "pause for a week" ends: the next local midnight, or the
 * local midnight seven days on. Store it as `rules.pausedUntil`.
 */
export function pauseUntil(now: Date, timeZone: string, span: 'today' | 'week'): number {
  const zone = usableTimeZone(timeZone);
  const days = span === 'today' ? 1 : 7;
  const noons = localNoons(now, zone, 0, days);
  const lastNoon = noons[noons.length - 1] ?? now;
  return atLocalMinute(lastNoon, 0, zone).getTime();
}

/** A number is rounded and brought within bounds (a hand-edited 90 becomes 60); anything else is the default. */
function clampInteger(value: unknown, [min, max]: readonly [number, number], fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

function repairWords(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const seen = new Set<string>();
  const words: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const word = item.trim().replace(/\s+/g, ' ');
    const key = word.toLocaleLowerCase();
    if (!word || word.length > LIMITS.skipWordLength || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words.slice(0, LIMITS.skipWords);
}

function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}

/** Distinct weekdays in week order; an empty list is kept (no meeting reminders at all). */
function repairWeekdays(value: unknown): Weekday[] | null {
  if (!Array.isArray(value)) return null;
  return [...new Set(value.filter(isWeekday))].sort((a, b) => a - b);
}

function repairRange(value: unknown): ClockRange | null {
  if (!isRecord(value)) return null;
  const { start, end } = value;
  if (typeof start !== 'string' || typeof end !== 'string') return null;
  if (parseClock(start) === null || parseClock(end) === null) return null;
  return { start, end };
}

/** Each routine is kept or dropped on its own; a missing or repeated id gets a stable one from its place. */
function repairRoutines(value: unknown): Routine[] {
  if (!Array.isArray(value)) return [];
  const ids = new Set<string>();
  const routines: Routine[] = [];
  value.forEach((item, index) => {
    const routine = repairRoutine(item, index);
    if (!routine || routines.length >= LIMITS.routines) return;
    if (ids.has(routine.id)) routine.id = `${routine.id}-${index + 1}`;
    ids.add(routine.id);
    routines.push(routine);
  });
  return routines;
}

function repairRoutine(value: unknown, index: number): Routine | null {
  if (!isRecord(value)) return null;
  const days = repairWeekdays(value.days);
  if (!days || days.length === 0) return null;
  if (typeof value.time !== 'string' || parseClock(value.time) === null) return null;
  const id = typeof value.id === 'string' && value.id.trim() ? value.id.trim() : `routine-${index + 1}`;
  const label = typeof value.label === 'string' ? value.label.trim().slice(0, LIMITS.labelLength) : '';
  return { id, label, days, time: value.time };
}
