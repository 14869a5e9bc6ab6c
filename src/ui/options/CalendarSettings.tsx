import { useState } from 'preact/hooks';
import type { FeedStatus } from '../../feeds/refresh';
import type { FeedSource } from '../../feeds/sources';
import type { Locale, MessageKey, Translate } from '../../i18n';
import { describeFeedStatus } from '../feed-status';

/** What adding a feed came to; anything but 'added' is explained to the user. */
export type AddFeedOutcome = 'added' | 'invalid-url' | 'not-https' | 'denied';

const ADD_PROBLEMS: Record<Exclude<AddFeedOutcome, 'added'>, MessageKey> = {
  'invalid-url': 'calendarsInvalidUrl',
  'not-https': 'calendarsNotHttps',
  denied: 'calendarsPermissionDenied',
};

export interface CalendarSettingsProps {
  t: Translate;
  locale: Locale;
  now: Date;
  sources: readonly FeedSource[];
  statuses: Readonly<Record<string, FeedStatus>>;
  onAdd: (url: string, name: string) => Promise<AddFeedOutcome>;
  /** Resolves false when the file is not a calendar. */
  onImport: (name: string, text: string) => Promise<boolean>;
  onToggle: (id: string, enabled: boolean) => void;
  onRemove: (id: string) => void;
  onSyncNow: () => Promise<void>;
}

export function CalendarSettings(props: CalendarSettingsProps) {
  const { t, locale, now, sources, statuses } = props;
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await props.onAdd(url, name);
      if (outcome === 'added') {
        setUrl('');
        setName('');
      } else {
        setProblem(ADD_PROBLEMS[outcome]);
      }
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setProblem(
      (await props.onImport(file.name.replace(/\.ics$/i, ''), await file.text())) ? null : 'calendarsImportFailed',
    );
    input.value = '';
  };

  return (
    <section aria-labelledby="calendars-heading" class="card">
      <h2 id="calendars-heading">{t('calendarsHeading')}</h2>
      <p class="help">{t('calendarsIntro')}</p>
      {sources.length === 0 ? (
        <p class="empty">{t('calendarsEmpty')}</p>
      ) : (
        <ul class="sources">
          {sources.map((source) => (
            <li key={source.id} class="source">
              <span class="swatch" style={{ background: source.color }} aria-hidden="true" />
              <label class="source-name">
                <input
                  type="checkbox"
                  checked={source.enabled}
                  aria-label={t('calendarsEnabled', [source.name])}
                  onChange={(event) => props.onToggle(source.id, (event.currentTarget as HTMLInputElement).checked)}
                />
                {source.name}
              </label>
              <span class="source-url">{source.url ?? t('calendarsFile')}</span>
              <span class="source-status" data-source-status={source.id}>
                {describeFeedStatus(statuses[source.id], now, t, locale)}
              </span>
              <button
                type="button"
                class="quiet"
                aria-label={t('calendarsRemoveLabel', [source.name])}
                onClick={() => props.onRemove(source.id)}
              >
                {t('calendarsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-feed" onSubmit={add}>
        <label for="feed-url">{t('calendarsUrlLabel')}</label>
        <input
          id="feed-url"
          type="url"
          required
          value={url}
          onInput={(event) => setUrl((event.currentTarget as HTMLInputElement).value)}
        />
        <label for="feed-name">{t('calendarsNameLabel')}</label>
        <input
          id="feed-name"
          type="text"
          maxLength={60}
          value={name}
          onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
        />
        <p class="help">{t('calendarsPermissionWhy')}</p>
        <div class="row">
          <button type="submit" disabled={busy}>
            {busy ? t('calendarsAdding') : t('calendarsAdd')}
          </button>
          <label class="file-button">
            {t('calendarsImport')}
            <input type="file" accept=".ics,text/calendar" onChange={importFile} />
          </label>
          {sources.some((source) => source.url) && (
            <button type="button" class="quiet" onClick={() => void props.onSyncNow()}>
              {t('calendarsSyncNow')}
            </button>
          )}
        </div>
        {problem && (
          <p class="problem" role="alert">
            {t(problem)}
          </p>
        )}
      </form>
    </section>
  );
}
