// Where each calendar provider shows the private (or published) address of a calendar in
// iCal format, as short steps in the user's language: one message per provider, one step
// per line.
import type { MessageKey } from '../../i18n';

export const PROVIDERS = [
  { id: 'google', name: 'welcomeProviderGoogle', steps: 'welcomeStepsGoogle' },
  { id: 'outlook', name: 'welcomeProviderOutlook', steps: 'welcomeStepsOutlook' },
  { id: 'icloud', name: 'welcomeProviderIcloud', steps: 'welcomeStepsIcloud' },
  { id: 'fastmail', name: 'welcomeProviderFastmail', steps: 'welcomeStepsFastmail' },
  { id: 'nextcloud', name: 'welcomeProviderNextcloud', steps: 'welcomeStepsNextcloud' },
  { id: 'other', name: 'welcomeProviderOther', steps: 'welcomeStepsOther' },
] as const satisfies readonly { id: string; name: MessageKey; steps: MessageKey }[];

export type Provider = (typeof PROVIDERS)[number];
