// The coach's knowledge for chat tabs (`coachKnowledge`): a language's rules, wording and
// model, read from the file the build wrote into the package (src/coach/knowledge.ts,
// knowledgeFile) when a tab first asks, and kept while the worker lives. The worker itself
// never runs the coach, so it does not carry the knowledge in its own code either: it would
// be parsed at every start of the worker.
import { knowledgeFile, type LanguageData } from '../coach/knowledge';
import type { Locale } from '../coach/types';
import { packagedJson } from '../platform';

const LOCALES: readonly string[] = ['en', 'nl'] satisfies Locale[];
const read = new Map<Locale, Promise<LanguageData>>();

export function isCoachLocale(value: unknown): value is Locale {
  return typeof value === 'string' && LOCALES.includes(value);
}

async function readFile(locale: Locale): Promise<LanguageData> {
  // The build wrote this file from src/coach/data; it is part of the package, not input.
  return (await packagedJson(knowledgeFile(locale))) as LanguageData;
}

/** One language's knowledge; rejects for anything but a language Echt ships. */
export function coachKnowledge(locale: unknown): Promise<LanguageData> {
  if (!isCoachLocale(locale)) return Promise.reject(new Error('Echt has no coach in that language'));
  let data = read.get(locale);
  if (!data) {
    data = readFile(locale);
    // A failed read is tried again on the next request.
    data.catch(() => read.delete(locale));
    read.set(locale, data);
  }
  return data;
}
