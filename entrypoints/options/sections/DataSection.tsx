import '../../../src/ui/options/data/data.css';
import { BackupRefused, collectBackup, parseBackup, withoutFeedAddresses } from '../../../src/backup';
import { deviceRules, deviceStores } from '../../../src/backup/device';
import { forgetKept } from '../../../src/i18n/kept';
import { sendMessage } from '../../../src/platform';
import { DataSettings, peopleReplaced, saveTextFile } from '../../../src/ui/options';
import { useOptions } from '../context';

export function DataSection() {
  const { t, locale } = useOptions();
  return (
    <DataSettings
      t={t}
      locale={locale}
      onExport={async (withFeedAddresses) => {
        const backup = await collectBackup(deviceStores, new Date());
        return withFeedAddresses || !deviceRules.feeds ? backup : withoutFeedAddresses(backup, deviceRules.feeds);
      }}
      checkFile={(text) => parseBackup(text, deviceRules)}
      // Restore and erase run in the worker, in the queue its reminders use, so they cannot race a wake-up.
      onRestore={async (backup, mode) => {
        try {
          const outcome = await sendMessage('restoreBackup', { backup, mode });
          if (!outcome.ok) throw new BackupRefused(outcome.problem);
          return outcome.report;
        } finally {
          peopleReplaced.notify();
        }
      }}
      onDeleteAll={async () => {
        try {
          await sendMessage('eraseEverything', null);
        } finally {
          // The pages' own copy of the language and its words (the worker cannot reach it).
          forgetKept();
          peopleReplaced.notify();
        }
      }}
      save={saveTextFile}
    />
  );
}
