// The coach's built-in phrase knowledge, one language at a time, prepared for the engine:
// what the build writes into the package for the background to send a chat tab
// (wxt.config.ts, src/background/coach-knowledge.ts), and what `detect` in index.ts is
// built from in Node and in tests.
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
