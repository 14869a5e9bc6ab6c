// The export file: its shape, and the strict check an import must pass before anything
// is written. Pure: the options page parses the JSON, this decides whether it is ours.

import { isRecord } from '../guards';
import { sortByTime } from './check-in';
import { inspectCheckIn, inspectPersonData, type Problem } from './inspect';
import type { CheckIn, PersonData } from './types';

/** Marks a file as Echt's people export. */
export const EXPORT_FORMAT = 'echt.people';
/** The file format's own version; it changes only when the file's shape changes. */
export const EXPORT_VERSION = 1;

export interface PeopleExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** Without the `lastCheckIn` summaries: an import rebuilds them from `checkIns`. */
  people: PersonData[];
  /** Oldest first. */
  checkIns: CheckIn[];
}

/** One reason a file cannot be imported; `path` points into the file, e.g. `people[2].emails[0]`. */
export type ImportError = Problem;

export type ImportCheck = { ok: true; data: PeopleExport } | { ok: false; errors: ImportError[] };

const MAX_ERRORS = 50;

function refuse(path: string, message: string): ImportCheck {
  return { ok: false, errors: [{ path, message }] };
}

function readPeople(raw: unknown, errors: ImportError[]): PersonData[] {
  if (!Array.isArray(raw)) {
    errors.push({ path: 'people', message: 'is not a list' });
    return [];
  }
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  return raw.flatMap((item, index) => {
    const path = `people[${index}]`;
    const { value, problems } = inspectPersonData(item, path);
    errors.push(...problems);
    if (value === undefined) return [];
    if (ids.has(value.id)) errors.push({ path: `${path}.id`, message: `repeats the id "${value.id}"` });
    ids.add(value.id);
    for (const email of value.emails) {
      const owner = owners.get(email);
      if (owner !== undefined) errors.push({ path: `${path}.emails`, message: `${email} also belongs to ${owner}` });
      owners.set(email, value.name);
    }
    return [value];
  });
}

function readCheckIns(raw: unknown, people: readonly PersonData[], errors: ImportError[]): CheckIn[] {
  if (!Array.isArray(raw)) {
    errors.push({ path: 'checkIns', message: 'is not a list' });
    return [];
  }
  const personIds = new Set(people.map((person) => person.id));
  const ids = new Set<string>();
  return raw.flatMap((item, index) => {
    const path = `checkIns[${index}]`;
    const { value, problems } = inspectCheckIn(item, path);
    errors.push(...problems);
    if (value === undefined) return [];
    if (!personIds.has(value.personId)) {
      errors.push({ path: `${path}.personId`, message: `names no person in this file ("${value.personId}")` });
    }
    if (ids.has(value.id)) errors.push({ path: `${path}.id`, message: `repeats the id "${value.id}"` });
    ids.add(value.id);
    return [value];
  });
}

function capped(errors: ImportError[]): ImportError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const more = { path: '', message: `and ${errors.length - MAX_ERRORS} more problems` };
  return [...errors.slice(0, MAX_ERRORS), more];
}

/**
 * Checks a parsed file. Any problem at all rejects the whole file, so an import either
 * brings in everything it holds or changes nothing.
 */
export function validateImport(raw: unknown): ImportCheck {
  if (!isRecord(raw)) return refuse('', 'is not an Echt export: expected a JSON object');
  if (raw.format !== EXPORT_FORMAT)
    return refuse('format', `is not "${EXPORT_FORMAT}": this is not an Echt people export`);
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return refuse('version', 'is not a format version number');
  }
  if (raw.version > EXPORT_VERSION) {
    return refuse(
      'version',
      `is ${raw.version}: the file was made by a newer version of Echt; update Echt to import it`,
    );
  }
  const errors: ImportError[] = [];
  const people = readPeople(raw.people, errors);
  const checkIns = readCheckIns(raw.checkIns, people, errors);
  if (errors.length > 0) return { ok: false, errors: capped(errors) };
  const data: PeopleExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, people, checkIns: sortByTime(checkIns) };
  return { ok: true, data };
}
