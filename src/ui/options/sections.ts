// The options page's sections, in order, as the addresses that reach them
// (options.html#calendars): the page's navigation lists them, and the popup, the
// notifications and the welcome page link straight to one.
import type { MessageKey } from '../../i18n';

export const OPTIONS_SECTIONS = [
  { id: 'language', label: 'optionsLanguageLabel' },
  { id: 'you', label: 'youHeading' },
  { id: 'calendars', label: 'calendarsHeading' },
  { id: 'reminders', label: 'remindersHeading' },
  { id: 'chat', label: 'chatHeading' },
  { id: 'people', label: 'peopleHeading' },
  { id: 'data', label: 'dataHeading' },
] as const satisfies readonly { id: string; label: MessageKey }[];

export type OptionsSection = (typeof OPTIONS_SECTIONS)[number]['id'];

/** The section an address names (`#calendars`), if it names one. */
export function sectionOf(hash: string): OptionsSection | undefined {
  const id = hash.replace(/^#/, '');
  return OPTIONS_SECTIONS.find((section) => section.id === id)?.id;
}
