// The coach's built-in phrase knowledge, one language at a time: what the background can
// send to a page with `chipSetup`, and what `detect` in index.ts is built from.
import type { LanguageData } from '../knowledge';
import type { Locale } from '../types';
import { EN } from './en';
import { NL } from './nl';

const DATA: Readonly<Record<Locale, LanguageData>> = { en: EN, nl: NL };

export function coachData(locale: Locale): LanguageData {
  return DATA[locale];
}
