// The toolbar popup's view: Today (meetings and the people in them, this week), the phrase
// deck, asking for help, pausing reminders and the site switch. Components take props and
// callbacks; entrypoints/popup/App.tsx is the container that reads, writes and renders
// PopupView, after entrypoints/popup/opening.ts started the first reads.
export type { CheckInMark } from './CheckInToggle';
export type { CheckInActions, CheckInTarget } from './checkins';
export { READY_MARK, RENDERED_MARK } from './marks';
export { formatPauseEnd, type PauseSpan } from './PauseReminders';
export { POPUP_TABS, type PopupTab, PopupView, type StatusState } from './PopupView';
export type { TodayState } from './TodaySection';
export { TODAY_HOURS, type TodayMeeting, todayMeetings } from './today';
