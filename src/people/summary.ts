// One record holding every person as the popup reads them: the writes keep it current (it is
// rebuilt at the end of each transaction that changes a person, in that transaction), so
// opening the popup costs one `get` instead of reading and checking every person record.
// It is a copy, never the truth: export, counts and every write read the person records, and
// a summary that is missing (the first open after an update) or not whole (damaged) is not
// used; the reader falls back to the person records.
import { isRecord, isTime } from '../guards';
import type { Person } from './types';

/** The summary's layout; raise it when Person changes, so an older copy reads as missing. */
const SUMMARY_VERSION = 1;

export interface PeopleSummary {
  readonly version: typeof SUMMARY_VERSION;
  /** Every readable person, as the store's inspection returned them. */
  readonly people: readonly Person[];
  /** Person records the inspection repaired or skipped when the summary was built. */
  readonly repaired: number;
  readonly skipped: number;
}

export function summaryOf(people: readonly Person[], repaired: number, skipped: number): PeopleSummary {
  return { version: SUMMARY_VERSION, people, repaired, skipped };
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function isAskAbout(value: unknown): boolean {
  return (
    isRecord(value) &&
    isText(value.id) &&
    isText(value.text) &&
    typeof value.done === 'boolean' &&
    isTime(value.createdAt) &&
    (value.date === undefined || isText(value.date))
  );
}

function isLastCheckIn(value: unknown): boolean {
  return isRecord(value) && isText(value.id) && isTime(value.at) && isText(value.how);
}

/**
 * The shape of a person as the summary holds it, checked by type only: every field was
 * inspected when the summary was built, so this only catches a damaged copy, cheaply.
 */
function looksLikePerson(value: unknown): value is Person {
  return (
    isRecord(value) &&
    isText(value.id) &&
    isText(value.name) &&
    value.name !== '' &&
    Array.isArray(value.emails) &&
    value.emails.every(isText) &&
    isText(value.notes) &&
    Array.isArray(value.askAbout) &&
    value.askAbout.every(isAskAbout) &&
    isTime(value.addedAt) &&
    (value.reconnectWeeks === undefined || value.reconnectWeeks === 'off' || isCount(value.reconnectWeeks)) &&
    (value.lastCheckIn === undefined || isLastCheckIn(value.lastCheckIn))
  );
}

/** The summary as stored, or undefined when it is missing or not whole. */
export function readSummary(raw: unknown): PeopleSummary | undefined {
  if (!isRecord(raw) || raw.version !== SUMMARY_VERSION) return undefined;
  const { people, repaired, skipped } = raw;
  if (!Array.isArray(people) || !isCount(repaired) || !isCount(skipped)) return undefined;
  return people.every(looksLikePerson) ? summaryOf(people, repaired, skipped) : undefined;
}
