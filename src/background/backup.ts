// Restore and "delete everything", for the options page, run by the worker in its one queue
// (queue.ts): neither can interleave with a reminder wake-up, a calendar written after a
// refresh, or the user's choice on a notification. The file is checked again here, whatever
// the page found: only what passes is written.
import { BackupRefused, eraseEverything, restoreBackup, validateBackup } from '../backup';
import { deviceRules, deviceStores } from '../backup/device';
import type { RestoreOutcome } from '../messaging';
import type { ImportMode } from '../people';
import { refreshFeeds } from './feeds';
import { inOrder } from './queue';
import { wakeReminders } from './reminders';

export async function restoreFromBackup(file: unknown, mode: ImportMode): Promise<RestoreOutcome> {
  if (mode !== 'merge' && mode !== 'replace') throw new TypeError('A restore merges or replaces');
  const check = await validateBackup(file, deviceRules);
  if (!check.ok) return { ok: false, problem: check.problem };
  const { backup } = check;
  let report: Awaited<ReturnType<typeof restoreBackup>>;
  try {
    report = await inOrder(() => restoreBackup(backup, mode, deviceStores));
  } catch (error) {
    if (error instanceof BackupRefused) return { ok: false, problem: error.problem };
    throw error;
  }
  await wakeReminders();
  // Restored feeds have no copy yet: fetch them now rather than at the next half hour.
  if (mode === 'replace') void refreshFeeds().catch((error: unknown) => console.error('Echt: feeds', error));
  return { ok: true, report };
}

export async function eraseAll(): Promise<void> {
  await inOrder(() => eraseEverything(deviceStores));
  await wakeReminders();
}
