// The welcome page's steps, in order, with the heading each one has.
import type { MessageKey } from '../../i18n';

export const WELCOME_STEPS = [
  { id: 'you', heading: 'welcomeYouHeading' },
  { id: 'calendar', heading: 'welcomeCalendarHeading' },
  { id: 'nudge', heading: 'welcomeNudgeHeading' },
  { id: 'practice', heading: 'welcomePracticeHeading' },
  { id: 'done', heading: 'welcomeDoneHeading' },
] as const satisfies readonly { id: string; heading: MessageKey }[];

export type WelcomeStep = (typeof WELCOME_STEPS)[number]['id'];
