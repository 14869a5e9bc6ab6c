// The one backup file: people and check-ins, every setting, and the calendars Echt cannot
// fetch again. Pure: the caller reads the stores and passes the values in; this builds
// the file and decides, before anything is written, whether a file can be restored.
import { format as formatDate } from 'date-fns';
import { isRecord } from '../guards';
import { type ImportError, type PeopleExport, validateImport } from '../people';

/** Marks a file as Echt's backup of everything. */
export const BACKUP_FORMAT = 'echt.backup';
/** The file's own version; raise it (and read the old one) when the file's shape changes. */
export const BACKUP_VERSION = 1;

/**
 * The text of a calendar the user imported from an .ics file. Feeds are left out: they
 * are fetched again after a restore, and a feed's copy can be megabytes.
 */
export interface CalendarFile {
  text: string;
  fetchedAt: number;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the file was made, ISO 8601; for the reader, not checked on import. */
  exportedAt: string;
  /** Every setting by its storage key ("local:settings.language"), as the setting reads it. */
  settings: Record<string, unknown>;
  /** Imported calendars' texts, by calendar id. */
  calendarFiles: Record<string, CalendarFile>;
  /** People memory's own export, with its own format marker and version. */
  people: PeopleExport;
}

/** Why a file cannot be restored. Every one of them means nothing was changed. */
export type BackupProblem =
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'newer-version'; version: number }
  | { code: 'damaged'; where: string }
  | { code: 'invalid-people'; errors: ImportError[] }
  | { code: 'invalid-setting'; key: string }
  | { code: 'invalid-calendar'; id: string };

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/** A setting as the check sees it: its key, and its own repair (pure: mends or falls back). */
export interface SettingRule {
  readonly key: string;
  repair(value: unknown): unknown;
}

export interface BackupRules {
  settings: readonly SettingRule[];
  /** True when `text` reads as a calendar (the calendar module's parser). */
  isCalendar(text: string): boolean;
}

interface BackupContents {
  people: PeopleExport;
  settings: Record<string, unknown>;
  calendarFiles: Record<string, CalendarFile>;
  now: Date;
}

export function buildBackup({ people, settings, calendarFiles, now }: BackupContents): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings,
    calendarFiles,
    people,
  };
}

/** The file as it is written: readable JSON, so a person can see what Echt keeps. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** "echt-backup-2026-05-04.json", in the user's own calendar day. */
export function backupFileName(now: Date): string {
  return `echt-backup-${formatDate(now, 'yyyy-MM-dd')}.json`;
}

function refuse(problem: BackupProblem): BackupCheck {
  return { ok: false, problem };
}

type Read<T> = { ok: true; value: T } | { ok: false; problem: BackupProblem };

/** JSON with every object's keys sorted, so two values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * The file's settings, keeping only keys this version knows (a newer Echt may have more).
 * A value is valid when the setting's own repair leaves it as it is; the repaired form is
 * kept, so what is written is exactly what the setting would store.
 */
function readSettings(raw: Record<string, unknown>, rules: BackupRules): Read<Record<string, unknown>> {
  const settings: Record<string, unknown> = {};
  for (const rule of rules.settings) {
    if (!Object.hasOwn(raw, rule.key)) continue;
    const value = raw[rule.key];
    const repaired = rule.repair(value);
    if (canonical(repaired) !== canonical(value)) {
      return { ok: false, problem: { code: 'invalid-setting', key: rule.key } };
    }
    settings[rule.key] = repaired;
  }
  return { ok: true, value: settings };
}

function isCalendarFile(value: unknown, rules: BackupRules): value is CalendarFile {
  return (
    isRecord(value) &&
    typeof value.text === 'string' &&
    typeof value.fetchedAt === 'number' &&
    Number.isFinite(value.fetchedAt) &&
    rules.isCalendar(value.text)
  );
}

function readCalendarFiles(raw: Record<string, unknown>, rules: BackupRules): Read<Record<string, CalendarFile>> {
  const files: [string, CalendarFile][] = [];
  for (const [id, file] of Object.entries(raw)) {
    if (!isCalendarFile(file, rules)) return { ok: false, problem: { code: 'invalid-calendar', id } };
    files.push([id, { text: file.text, fetchedAt: file.fetchedAt }]);
  }
  // fromEntries defines own properties, so even an id like "__proto__" stays plain data.
  return { ok: true, value: Object.fromEntries(files) };
}

/**
 * Checks a parsed file completely. Any problem rejects the whole file, so a restore
 * either brings in everything the file holds or changes nothing.
 */
export function validateBackup(raw: unknown, rules: BackupRules): BackupCheck {
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) return refuse({ code: 'foreign' });
  const { version } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse({ code: 'damaged', where: 'version' });
  }
  if (version > BACKUP_VERSION) return refuse({ code: 'newer-version', version });
  if (!isRecord(raw.settings)) return refuse({ code: 'damaged', where: 'settings' });
  if (!isRecord(raw.calendarFiles)) return refuse({ code: 'damaged', where: 'calendarFiles' });
  if (!isRecord(raw.people)) return refuse({ code: 'damaged', where: 'people' });

  const people = validateImport(raw.people);
  if (!people.ok) return refuse({ code: 'invalid-people', errors: people.errors });
  const settings = readSettings(raw.settings, rules);
  if (!settings.ok) return refuse(settings.problem);
  const calendarFiles = readCalendarFiles(raw.calendarFiles, rules);
  if (!calendarFiles.ok) return refuse(calendarFiles.problem);

  const exportedAt = typeof raw.exportedAt === 'string' ? raw.exportedAt : '';
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      settings: settings.value,
      calendarFiles: calendarFiles.value,
      people: people.data,
    },
  };
}

/** Reads a file's text as a backup; anything that is not JSON is refused here. */
export function parseBackup(text: string, rules: BackupRules): BackupCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse({ code: 'not-json' });
  }
  return validateBackup(raw, rules);
}
