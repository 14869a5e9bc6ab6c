// The welcome page's view (entrypoints/welcome/App.tsx renders it): the steps a new user
// takes once, on install: who you are, a calendar or a routine nudge, a test notification,
// the chip in a practice box, and what happens next. Components take props and callbacks.
export type { CalendarCheck } from './CalendarStep';
export { WELCOME_STEPS, type WelcomeStep } from './steps';
export { WelcomeView, type WelcomeViewProps } from './WelcomeView';
