import { useEffect, useState } from 'preact/hooks';
import { translator } from '../../src/i18n';
import { openOptionsPage, sendMessage } from '../../src/platform/runtime';
import { PopupView, type StatusState } from '../../src/ui/PopupView';
import { useLocale } from '../../src/ui/use-locale';

export function App() {
  const locale = useLocale();
  const [status, setStatus] = useState<StatusState>({ state: 'loading' });

  useEffect(() => {
    sendMessage('getStatus', null).then(
      (value) => setStatus({ state: 'ready', status: value }),
      () => setStatus({ state: 'unavailable' }),
    );
  }, []);

  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);

  if (!locale) return null;
  return (
    <PopupView t={translator(locale)} locale={locale} status={status} onOpenSettings={() => void openOptionsPage()} />
  );
}
