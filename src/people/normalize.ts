// Small normalisers shared by the forms, the repair of stored data and the import check.
import { isValid, parseISO } from 'date-fns';
import { LIMITS } from './types';

const MAILTO = /^mailto:/i;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An address as Echt stores and compares it: trimmed, `mailto:` and angle brackets
 * stripped, lower case. Undefined when it is not an e-mail address.
 */
export function normalizeEmail(raw: string): string | undefined {
  const address = raw
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .replace(MAILTO, '')
    .trim()
    .toLowerCase();
  if (address.length > LIMITS.email || !EMAIL.test(address)) return undefined;
  return address;
}

/** True for a real calendar day written as `yyyy-mm-dd` (so not 2026-02-30). */
export function isIsoDay(value: string): boolean {
  return ISO_DAY.test(value) && isValid(parseISO(value));
}

/** Collapses line breaks and runs of spaces into single spaces, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Letters that Unicode does not split into a base letter and a mark.
const UNSPLIT_LETTERS: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' };

/** Folds case, accents and ligatures so "Sofie" matches "Sofié" and "ij" matches "ĳ". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđı]/g, (letter) => UNSPLIT_LETTERS[letter] ?? letter);
}

/** A readable name from an address when a calendar gives none: "sam.de.vries@x" -> "Sam De Vries". */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? '';
  return local
    .split(/[._+-]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}
