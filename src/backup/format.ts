// The one backup file: people and check-ins, every setting, and the calendars Echt cannot
// fetch again. Pure: the caller reads the stores and passes the values in; this builds
// the file and decides, before anything is written, whether a file can be restored.
// A calendar's feed address is a secret (it reads the whole calendar): the user may leave
// them out of the file, and a file's addresses are held to the rule for adding one.
import { format as formatDate } from 'date-fns';
import { isRecord } from '../guards';
import { type ImportError, type PeopleExport, validateImport } from '../people';

/** Marks a file as Echt's backup of everything. */
export const BACKUP_FORMAT = 'echt.backup';
/**
 * The file's own version; raise it (and read the old one) when the file's shape changes.
 * 2: settings under their keys of today (calendars, addresses and the coach's preferences
 * moved to `private:`), with the version of each setting's value.
 */
export const BACKUP_VERSION = 2;

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
  /** The version of each setting's value, by the same key: a later Echt migrates what it reads. */
  versions: Record<string, number>;
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
  | { code: 'invalid-calendar'; id: string }
  | { code: 'invalid-feed-url'; name: string };

/** A calendar a file brings, for the preview: its name, and its feed address unless it is a file. */
export interface BackupCalendar {
  name: string;
  url?: string;
}

export type BackupCheck =
  | { ok: true; backup: Backup; calendars: BackupCalendar[] }
  | { ok: false; problem: BackupProblem };

/** A setting as the check sees it: its key, and its own repair (pure: mends or falls back). */
export interface SettingRule {
  readonly key: string;
  /** The key an older Echt's files use for it, when it was another. */
  readonly formerKey?: string;
  /** The version of the values it stores now (1 when not given). */
  readonly version?: number;
  /** A value of an older `version` as stored now: the setting's own migrations after it. */
  upgrade?(value: unknown, version: number): Promise<unknown>;
  repair(value: unknown): unknown;
}

/** Where a file's calendars are, and which feed addresses Echt accepts (the rule for adding one). */
export interface FeedRules {
  /** The setting keys of the calendars and of their statuses. */
  readonly sources: string;
  readonly statuses: string;
  isFeedUrl(url: string): boolean;
}

export interface BackupRules {
  settings: readonly SettingRule[];
  /** True when `text` reads as a calendar (the calendar module's parser). */
  isCalendar(text: string): boolean;
  feeds?: FeedRules;
}

interface BackupContents {
  people: PeopleExport;
  settings: Record<string, unknown>;
  versions?: Record<string, number>;
  calendarFiles: Record<string, CalendarFile>;
  now: Date;
}

export function buildBackup({ people, settings, versions = {}, calendarFiles, now }: BackupContents): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings,
    versions,
    calendarFiles,
    people,
  };
}

/** The calendars of `settings` with a feed address, by id. */
function feedIds(settings: Readonly<Record<string, unknown>>, feeds: FeedRules): Set<string> {
  const sources = settings[feeds.sources];
  const ids = (Array.isArray(sources) ? sources : [])
    .filter((source) => isRecord(source) && typeof source.url === 'string')
    .map((source) => (source as { id?: unknown }).id);
  return new Set(ids.filter((id): id is string => typeof id === 'string'));
}

/**
 * The backup without the calendars fetched from an address (and their statuses): the user
 * chose to leave the secret addresses out. Calendars imported from a file stay.
 */
export function withoutFeedAddresses(backup: Backup, feeds: FeedRules): Backup {
  const leftOut = feedIds(backup.settings, feeds);
  const settings = { ...backup.settings };
  const sources = settings[feeds.sources];
  if (Array.isArray(sources)) {
    settings[feeds.sources] = sources.filter((source) => !(isRecord(source) && leftOut.has(String(source.id))));
  }
  const statuses = settings[feeds.statuses];
  if (isRecord(statuses)) {
    settings[feeds.statuses] = Object.fromEntries(Object.entries(statuses).filter(([id]) => !leftOut.has(id)));
  }
  return { ...backup, settings };
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

/** The key a file of `version` keeps a setting under, or undefined when it has none. */
function keyIn(raw: Record<string, unknown>, rule: SettingRule, version: number): string | undefined {
  if (Object.hasOwn(raw, rule.key)) return rule.key;
  return version === 1 && rule.formerKey && Object.hasOwn(raw, rule.formerKey) ? rule.formerKey : undefined;
}

/**
 * The file's settings, keeping only keys this version knows (a newer Echt may have more).
 * A value from an older Echt is first migrated as the setting's own stored value would
 * be. It is valid when the setting's own repair then leaves it as it is; the repaired
 * form is kept, so what is written is exactly what the setting would store.
 */
async function readSettings(
  raw: Record<string, unknown>,
  versions: Record<string, unknown>,
  fileVersion: number,
  rules: BackupRules,
): Promise<Read<Record<string, unknown>>> {
  const settings: Record<string, unknown> = {};
  for (const rule of rules.settings) {
    const key = keyIn(raw, rule, fileVersion);
    if (key === undefined) continue;
    const stated = versions[key];
    const version = typeof stated === 'number' && Number.isInteger(stated) && stated >= 1 ? stated : 1;
    if (version > (rule.version ?? 1)) return { ok: false, problem: { code: 'newer-version', version: fileVersion } };
    const value = version < (rule.version ?? 1) && rule.upgrade ? await rule.upgrade(raw[key], version) : raw[key];
    const repaired = rule.repair(value);
    if (canonical(repaired) !== canonical(value)) {
      return { ok: false, problem: { code: 'invalid-setting', key: rule.key } };
    }
    settings[rule.key] = repaired;
  }
  return { ok: true, value: settings };
}

/** The calendars the settings bring; refused when a feed address is one Echt would not add. */
function readCalendars(settings: Record<string, unknown>, feeds: FeedRules | undefined): Read<BackupCalendar[]> {
  const sources = feeds ? settings[feeds.sources] : undefined;
  const calendars: BackupCalendar[] = [];
  for (const source of Array.isArray(sources) ? sources : []) {
    if (!isRecord(source) || typeof source.name !== 'string') continue;
    const { name, url } = source;
    if (typeof url === 'string' && !feeds?.isFeedUrl(url))
      return { ok: false, problem: { code: 'invalid-feed-url', name } };
    calendars.push(typeof url === 'string' ? { name, url } : { name });
  }
  return { ok: true, value: calendars };
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
export async function validateBackup(raw: unknown, rules: BackupRules): Promise<BackupCheck> {
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
  if (raw.versions !== undefined && !isRecord(raw.versions)) return refuse({ code: 'damaged', where: 'versions' });
  const settings = await readSettings(raw.settings, raw.versions ?? {}, version, rules);
  if (!settings.ok) return refuse(settings.problem);
  const calendars = readCalendars(settings.value, rules.feeds);
  if (!calendars.ok) return refuse(calendars.problem);
  const calendarFiles = readCalendarFiles(raw.calendarFiles, rules);
  if (!calendarFiles.ok) return refuse(calendarFiles.problem);

  const exportedAt = typeof raw.exportedAt === 'string' ? raw.exportedAt : '';
  const versions = Object.fromEntries(rules.settings.map((rule) => [rule.key, rule.version ?? 1]));
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      settings: settings.value,
      versions: Object.fromEntries(Object.entries(versions).filter(([key]) => Object.hasOwn(settings.value, key))),
      calendarFiles: calendarFiles.value,
      people: people.data,
    },
    calendars: calendars.value,
  };
}

/** Reads a file's text as a backup; anything that is not JSON is refused here. */
export async function parseBackup(text: string, rules: BackupRules): Promise<BackupCheck> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse({ code: 'not-json' });
  }
  return validateBackup(raw, rules);
}
