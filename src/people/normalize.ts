// Small normalisers shared by the forms, the repair of stored data and the import check.
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

/** The parts of a day written as `yyyy-mm-dd`: year, month (1-12), day of the month. */
function dayParts(day: string): [year: number, month: number, date: number] {
  const [year = Number.NaN, month = Number.NaN, date = Number.NaN] = day.split('-').map(Number);
  return [year, month, date];
}

/**
 * True for a real calendar day written as `yyyy-mm-dd` (so not 2026-02-30). Checked by hand,
 * not by a general ISO parser: the popup checks every stored day of people memory as it
 * opens, and a parser's first run there cost it some 3 ms of its start (bench/popup.ts).
 */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const [year, month, date] = dayParts(value);
  // UTC, so no clock change can move the day; years 0-99 would be taken as 1900-1999.
  const day = new Date(Date.UTC(year, month - 1, date));
  day.setUTCFullYear(year);
  return day.getUTCMonth() === month - 1 && day.getUTCDate() === date;
}

/** The local calendar day of `date` as people memory stores days: yyyy-mm-dd. */
export function isoDay(date: Date): string {
  const pad = (value: number, digits: number) => String(value).padStart(digits, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/**
 * A stored day (yyyy-mm-dd, checked as it was stored) at local midnight. Read by hand, not by
 * a general ISO parser: the popup reads these as it opens, and a parser's first run there
 * cost it some 5 ms of its start (bench/popup.ts).
 */
export function localDay(day: string): Date {
  const [year, month, date] = dayParts(day);
  const midnight = new Date(year, month - 1, date);
  // Years 0-99 would be taken as 1900-1999.
  midnight.setFullYear(year);
  return midnight;
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
