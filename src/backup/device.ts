// The real stores behind a backup: every setting, people memory and the calendar copies.
// The only file in src/backup that reaches storage (through those modules' own APIs).
import { parseCalendar } from '../calendar';
import { deleteCopy, readCopy, writeCopy } from '../feeds';
import { deleteAll, exportData, importData } from '../people';
import { feedSources } from '../settings/feeds';
import { USER_SETTINGS } from '../settings/install';
import type { BackupRules, CalendarFile } from './format';
import type { BackupStores } from './restore';

async function calendarFiles(): Promise<Record<string, CalendarFile>> {
  const files: Record<string, CalendarFile> = {};
  for (const source of await feedSources.get()) {
    if (source.url !== undefined) continue;
    const copy = await readCopy(source.id);
    if (copy) files[source.id] = { text: copy.text, fetchedAt: copy.fetchedAt };
  }
  return files;
}

export const deviceStores: BackupStores = {
  settings: USER_SETTINGS,
  people: { export: exportData, import: importData, deleteAll },
  calendars: {
    ids: async () => (await feedSources.get()).map((source) => source.id),
    files: calendarFiles,
    writeCopy,
    deleteCopy,
  },
};

export const deviceRules: BackupRules = {
  settings: USER_SETTINGS,
  isCalendar(text) {
    try {
      parseCalendar(text);
      return true;
    } catch {
      return false;
    }
  },
};
