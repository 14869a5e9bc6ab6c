// Said once at the top of the options page when the browser will not let Echt use IndexedDB
// (a private window, a full disk): what does not work, and that reminders from settings do.
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';

export function StorageNotice({ t, check }: { t: Translate; check: () => Promise<boolean> }) {
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    let live = true;
    void check().then((works) => live && setUnavailable(!works));
    return () => {
      live = false;
    };
  }, [check]);
  return unavailable ? (
    <p class="problem storage-notice" role="alert">
      {t('storageUnavailable')}
    </p>
  ) : null;
}
