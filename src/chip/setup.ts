// What the chat chip needs from the background: whether it runs on this page, its texts
// in the user's language, its stylesheet, and the coach preferences. The content script
// asks for it, so it carries neither the locale catalogs, the settings code nor its own
// look (its size budget is 15 KB).
import type { CoachPreferences } from '../coach';
import { type Locale, type MessageKey, translate } from '../i18n';

const CHIP_KEYS = [
  'chipLabel',
  'chipKindVagueOffer',
  'chipKindAdvice',
  'chipKindComparison',
  'chipKindMinimizing',
  'chipKindShallowCheckin',
  'chipKindSelfSilencing',
  'chipKindReplyPressure',
  'chipKindPersonal',
  'chipRewrites',
  'chipMore',
  'chipFewer',
  'chipDismiss',
  'chipSilence',
  'chipKindOff',
  'chipShortcutHint',
  'chipAnnounce',
  'chipSlotSelected',
  'chipFillIn',
] as const satisfies readonly MessageKey[];

export type ChipKey = (typeof CHIP_KEYS)[number];
export type ChipTexts = Readonly<Record<ChipKey, string>>;

export interface ChipSetup {
  /** Whether the chip runs on the page: a chat site (built in or turned on) the user did not turn off. */
  enabled: boolean;
  /** The language of `texts`. */
  locale: Locale;
  texts: ChipTexts;
  /** The chip's stylesheet (style.ts), for its shadow root. */
  style: string;
  preferences: CoachPreferences;
  /** The storage.local keys that change with what this setup was read from: ask again when one changes. */
  keys: string[];
}

/**
 * The chip's texts in `locale`. A text that names something only the page knows (the
 * placeholder, "[task]") keeps "$1" where it goes; the chip puts it in.
 */
export function chipTexts(locale: Locale): ChipTexts {
  return Object.fromEntries(CHIP_KEYS.map((key) => [key, translate(locale, key, ['$1'])])) as Record<ChipKey, string>;
}
