// The coach's built-in phrase knowledge, one language at a time: what the background can
// send to a page with `chipSetup`, and what `detect` in index.ts is built from.
import type { LanguageData } from '../knowledge';
import type { Locale } from '../types';
import { enData } from './en';
import { nlData } from './nl';

const DATA: Readonly<Record<Locale, () => LanguageData>> = { en: enData, nl: nlData };
const built = new Map<Locale, LanguageData>();

export function coachData(locale: Locale): LanguageData {
  let data = built.get(locale);
  if (!data) {
    data = DATA[locale]();
    built.set(locale, data);
  }
  return data;
}
