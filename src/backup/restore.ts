// Export, restore and erase, in the order that keeps a failure harmless. The stores come
// in as parameters (device.ts binds the real ones), so every path is tested without a
// browser.
import type { ImportMode, ImportReport, PeopleExport } from '../people';
import { type Backup, type BackupProblem, buildBackup, type CalendarFile, type SettingRule } from './format';

/** A stored setting, as `defineSetting` makes it: `set` refuses a value `repair` would change. */
export interface SettingSlot extends SettingRule {
  readonly fallback: unknown;
  get(): Promise<unknown>;
  set(value: unknown): Promise<void>;
}

export interface BackupStores {
  /** In the order they are written on restore. */
  settings: readonly SettingSlot[];
  people: {
    export(): Promise<PeopleExport>;
    import(data: PeopleExport, mode: ImportMode): Promise<ImportReport>;
    deleteAll(): Promise<void>;
  };
  calendars: {
    /** The id of every calendar source, as the sources setting says now. */
    ids(): Promise<string[]>;
    /** The texts of calendars imported from a file (feeds are fetched again instead). */
    files(): Promise<Record<string, CalendarFile>>;
    writeCopy(id: string, file: CalendarFile): Promise<void>;
    deleteCopy(id: string): Promise<void>;
    /** Deletes every stored copy, also one no calendar lists any more. */
    deleteAll(): Promise<void>;
  };
}

/** A restore that stopped before changing anything; `problem` says why. */
export class BackupRefused extends Error {
  override readonly name = 'BackupRefused';
  readonly problem: BackupProblem;

  constructor(problem: BackupProblem) {
    super(`The backup cannot be restored: ${problem.code}`);
    this.problem = problem;
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export async function collectBackup(stores: BackupStores, now: Date): Promise<Backup> {
  const settings: Record<string, unknown> = {};
  const versions: Record<string, number> = {};
  for (const setting of stores.settings) {
    settings[setting.key] = await setting.get();
    versions[setting.key] = setting.version ?? 1;
  }
  return buildBackup({
    people: await stores.people.export(),
    settings,
    versions,
    calendarFiles: await stores.calendars.files(),
    now,
  });
}

/**
 * Writes `values` (a missing key means the default); they passed `validateBackup`. Should a
 * write fail all the same (storage full, a refusal), every setting written so far is put
 * back and the error is thrown. Returns the undo: what was stored before.
 */
async function writeSettings(
  settings: readonly SettingSlot[],
  values: Readonly<Record<string, unknown>>,
): Promise<() => Promise<void>> {
  const before = await Promise.all(settings.map((setting) => setting.get()));
  const written: number[] = [];
  const undo = async () => {
    for (const index of [...written].reverse()) await settings[index]?.set(before[index]);
  };
  for (const [index, setting] of settings.entries()) {
    const value = Object.hasOwn(values, setting.key) ? values[setting.key] : setting.fallback;
    if (sameJson(value, before[index])) continue;
    try {
      await setting.set(value);
    } catch (error) {
      await undo();
      // `defineSetting`'s set throws a TypeError for a value it refuses; anything else is storage failing.
      throw error instanceof TypeError ? new BackupRefused({ code: 'invalid-setting', key: setting.key }) : error;
    }
    written.push(index);
  }
  return undo;
}

/** Copies for the calendars the file brings; copies of calendars that are gone are deleted. */
async function replaceCalendarCopies(stores: BackupStores, before: readonly string[], backup: Backup): Promise<void> {
  const after = new Set(await stores.calendars.ids());
  for (const id of before) if (!after.has(id)) await stores.calendars.deleteCopy(id);
  for (const [id, file] of Object.entries(backup.calendarFiles)) {
    if (after.has(id)) await stores.calendars.writeCopy(id, file);
  }
}

/**
 * Restores a file that passed `validateBackup`. 'merge' adds the file's people and
 * check-ins and leaves settings and calendars as they are here. 'replace' makes people,
 * check-ins, settings and calendars exactly the file's. Settings are written first and
 * put back if anything after them fails; people are imported in one transaction.
 */
export async function restoreBackup(backup: Backup, mode: ImportMode, stores: BackupStores): Promise<ImportReport> {
  if (mode === 'merge') return stores.people.import(backup.people, 'merge');
  const calendarsBefore = await stores.calendars.ids();
  const undoSettings = await writeSettings(stores.settings, backup.settings);
  let report: ImportReport;
  try {
    report = await stores.people.import(backup.people, 'replace');
  } catch (error) {
    await undoSettings();
    throw error;
  }
  await replaceCalendarCopies(stores, calendarsBefore, backup);
  return report;
}

/** Deletes people, check-ins and calendar copies, and puts every setting back to its default. */
export async function eraseEverything(stores: BackupStores): Promise<void> {
  await stores.calendars.deleteAll();
  for (const setting of stores.settings) {
    if (!sameJson(await setting.get(), setting.fallback)) await setting.set(setting.fallback);
  }
  await stores.people.deleteAll();
}
