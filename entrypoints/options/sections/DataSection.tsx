import '../../../src/ui/options/data/data.css';
import { collectBackup, eraseEverything, parseBackup, restoreBackup } from '../../../src/backup';
import { deviceRules, deviceStores } from '../../../src/backup/device';
import { sendMessage } from '../../../src/platform';
import { DataSettings, peopleReplaced, saveTextFile } from '../../../src/ui/options';
import { useOptions } from '../context';

export function DataSection() {
  const { t, locale } = useOptions();
  return (
    <DataSettings
      t={t}
      locale={locale}
      onExport={() => collectBackup(deviceStores, new Date())}
      checkFile={(text) => parseBackup(text, deviceRules)}
      onRestore={async (backup, mode) => {
        const report = await restoreBackup(backup, mode, deviceStores);
        peopleReplaced.notify();
        // Restored feeds have no copy yet; fetch them now rather than at the next half hour.
        if (mode === 'replace') void sendMessage('syncFeeds', null).catch(() => {});
        return report;
      }}
      onDeleteAll={async () => {
        try {
          await eraseEverything(deviceStores);
        } finally {
          peopleReplaced.notify();
        }
      }}
      save={saveTextFile}
    />
  );
}
