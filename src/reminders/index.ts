// What to remind the user of, and when, and in which words. Pure: the clock, the zone, the
// meetings, the rules and the stored state come in; a plan, the reminders to show now and
// the new state come out. src/background/reminders.ts runs it: it stores the state, shows
// the notifications (their words from text.ts) and sets one alarm.
export { type DueDecision, dueReminders } from './due';
export { seriesKeyOf } from './meetings';
export { nextAlarmTime, planningWindow, planReminders } from './plan';
export { DEFAULT_REMINDER_RULES, pauseUntil, repairRules } from './rules';
export {
  dismissMeeting,
  EMPTY_REMINDER_STATE,
  isDismissed,
  repairState,
  restoreMeeting,
  snoozeReminder,
} from './state';
export { namePeople, type ReminderText, reminderText } from './text';
export type {
  ClockRange,
  ClockTime,
  DismissedSeries,
  HandledReminder,
  MeetingInput,
  MeetingPerson,
  MeetingRef,
  PlannedMeetingReminder,
  PlannedReminder,
  PlannedRoutineReminder,
  ReminderInput,
  ReminderOutcome,
  ReminderRules,
  ReminderState,
  Routine,
  Weekday,
} from './types';
