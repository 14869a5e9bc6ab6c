import type { Locale, Translate } from '../i18n';
import type { Status } from '../messaging';
import { formatDay } from './dates';

export type StatusState = { state: 'loading' } | { state: 'ready'; status: Status } | { state: 'unavailable' };

export interface PopupViewProps {
  t: Translate;
  locale: Locale;
  status: StatusState;
  onOpenSettings: () => void;
}

function statusLine({ t, locale, status }: Pick<PopupViewProps, 't' | 'locale' | 'status'>): string {
  switch (status.state) {
    case 'loading':
      return t('popupStatusLoading');
    case 'unavailable':
      return t('popupStatusUnavailable');
    case 'ready':
      return t('popupSince', [formatDay(status.status.installedAt, locale)]);
  }
}

export function PopupView(props: PopupViewProps) {
  const { t, onOpenSettings } = props;
  return (
    <main class="popup">
      <header class="brand">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{t('extName')}</h1>
      </header>
      <p class="purpose">{t('popupPurpose')}</p>
      <p class="status" role="status">
        {statusLine(props)}
      </p>
      <button type="button" onClick={onOpenSettings}>
        {t('popupOpenSettings')}
      </button>
    </main>
  );
}
