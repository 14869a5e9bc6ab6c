// The toolbar popup: today's chances to check in, the phrase deck, help to ask for help,
// and the pause switch. Presentational: data and callbacks come from the container.
import type { Locale, Translate } from '../../i18n';
import { formatDay } from '../../i18n/dates';
import type { Status } from '../../messaging';
import type { Person, ReconnectSuggestion } from '../../people';
import { AskForHelp } from './AskForHelp';
import type { CheckInActions } from './checkins';
import { PauseReminders, type PauseSpan } from './PauseReminders';
import { PhraseDeck } from './PhraseDeck';
import { SiteToggle, type SiteToggleProps } from './SiteToggle';
import { type Tab, Tabs } from './Tabs';
import { TodaySection, type TodayState } from './TodaySection';
import { WeekSection } from './WeekSection';

export type PopupTab = 'today' | 'phrases' | 'ask';
export const POPUP_TABS: readonly PopupTab[] = ['today', 'phrases', 'ask'];

export type StatusState = { state: 'loading' } | { state: 'ready'; status: Status } | { state: 'unavailable' };

export interface PopupViewProps extends CheckInActions {
  t: Translate;
  locale: Locale;
  now: number;
  initialTab: PopupTab;
  today: TodayState;
  /** null while people memory is read. */
  checkInsThisWeek: number | null;
  reconnect: readonly ReconnectSuggestion[];
  /** Everyone in people memory, for the name fields. */
  people: readonly Person[];
  /** undefined while the rules are read; null when reminders are on. */
  pausedUntil: number | null | undefined;
  status: StatusState;
  /** "Use Echt on this site" for the current tab; left out where the container has no way to switch it. */
  site?: Pick<SiteToggleProps, 'status' | 'onToggle'>;
  /** What the live region says: "Copied", "Noted: …". */
  announcement: string;
  onCopy: (text: string) => Promise<boolean>;
  onPause: (span: PauseSpan) => void;
  onResume: () => void;
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
  const { t, locale, now } = props;
  const tabs: Tab<PopupTab>[] = [
    {
      id: 'today',
      label: t('popupTabToday'),
      panel: () => (
        <>
          <TodaySection {...props} />
          <WeekSection {...props} />
        </>
      ),
    },
    {
      id: 'phrases',
      label: t('popupTabPhrases'),
      panel: () => <PhraseDeck t={t} locale={locale} people={props.people} onCopy={props.onCopy} />,
    },
    {
      id: 'ask',
      label: t('popupTabAsk'),
      panel: () => <AskForHelp t={t} people={props.people} onCopy={props.onCopy} />,
    },
  ];
  return (
    <div class="popup">
      <header class="brand">
        <img src="/icon/48.png" alt="" width={24} height={24} />
        <h1>{t('extName')}</h1>
        <button type="button" class="secondary settings" onClick={props.onOpenSettings}>
          {t('popupOpenSettings')}
        </button>
      </header>
      <main>
        <Tabs label={t('popupTabsLabel')} tabs={tabs} initial={props.initialTab} />
      </main>
      <footer>
        {props.pausedUntil !== undefined && (
          <PauseReminders
            t={t}
            locale={locale}
            now={now}
            pausedUntil={props.pausedUntil}
            onPause={props.onPause}
            onResume={props.onResume}
          />
        )}
        {props.site && <SiteToggle t={t} status={props.site.status} onToggle={props.site.onToggle} />}
        <p class="since">{statusLine(props)}</p>
        <p class="visually-hidden" role="status" aria-live="polite">
          {props.announcement}
        </p>
      </footer>
    </div>
  );
}
