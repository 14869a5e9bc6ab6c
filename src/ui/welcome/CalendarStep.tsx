// The welcome page's calendar step: where the chosen provider shows the calendar's private
// address, pasting it and seeing at once how many meetings Echt found (or a clear error),
// importing an .ics file instead, or going without a calendar and setting a routine nudge.
import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import type { FeedStatus } from '../../feeds';
import type { Locale, Translate } from '../../i18n';
import type { Routine } from '../../reminders';
import type { FeedSource } from '../../settings/feeds';
import type { AddFeedProblem } from '../calendar-actions';
import { readCalendarFile } from '../calendar-file';
import { Field } from '../Field';
import { ADD_PROBLEMS } from '../options/CalendarSettings';
import { describeFeedStatus } from '../options/feed-status';
import { Problem } from '../options/Problem';
import { Routines } from '../options/reminders/Routines';
import { PROVIDERS, type Provider } from './providers';

/** What adding or importing a calendar came to. */
export type CalendarCheck =
  | { outcome: 'found'; meetings: number }
  /** Fetched but refused (a web page, not found…); nothing was kept. */
  | { outcome: 'failed'; status: Extract<FeedStatus, { state: 'failed' }> }
  | { outcome: AddFeedProblem | 'not-a-calendar' };

export interface CalendarStepProps {
  t: Translate;
  locale: Locale;
  now: Date;
  calendars: readonly FeedSource[];
  routines: readonly Routine[];
  onAdd: (url: string, name: string) => Promise<CalendarCheck>;
  onImport: (name: string, text: string) => Promise<CalendarCheck>;
  onRoutinesChange: (routines: Routine[]) => void;
}

/** The check's outcome in words: what was found (a status) or what went wrong (an alert). */
function describe(check: CalendarCheck, props: CalendarStepProps): { found?: string; problem?: string } {
  const { t, now, locale } = props;
  switch (check.outcome) {
    case 'found':
      if (check.meetings === 0) return { found: t('welcomeCalendarFoundNone') };
      if (check.meetings === 1) return { found: t('welcomeCalendarFoundOne') };
      return { found: t('welcomeCalendarFound', [String(check.meetings)]) };
    case 'failed': {
      // The status lines are written to stand alone, mostly without a full stop.
      const status = describeFeedStatus(check.status, now, t, locale);
      return { problem: t('welcomeCalendarFailed', [/[.!?]$/.test(status) ? status : `${status}.`]) };
    }
    case 'not-a-calendar':
      return { problem: t('calendarsImportFailed') };
    default:
      return { problem: t(ADD_PROBLEMS[check.outcome]) };
  }
}

export function CalendarStep(props: CalendarStepProps) {
  const { t, locale, now, calendars, routines } = props;
  const [provider, setProvider] = useState<Provider | null>(null);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [check, setCheck] = useState<CalendarCheck | null>(null);
  const [withoutCalendar, setWithoutCalendar] = useState(routines.length > 0);
  const said = check ? describe(check, props) : {};

  const add = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setCheck(null);
    try {
      const result = await props.onAdd(url, provider ? t(provider.name) : '');
      setCheck(result);
      if (result.outcome === 'found') setUrl('');
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setCheck(null);
    const { name, text } = await readCalendarFile(file);
    setCheck(await props.onImport(name, text));
    input.value = '';
  };

  return (
    <>
      <p>{t('welcomeCalendarIntro')}</p>
      {calendars.length > 0 && (
        <p class="connected">{t('welcomeCalendarConnected', [calendars.map((source) => source.name).join(', ')])}</p>
      )}
      <fieldset class="providers">
        <legend>{t('welcomeProviderLegend')}</legend>
        {PROVIDERS.map((each) => (
          <label key={each.id}>
            <input
              type="radio"
              name="provider"
              value={each.id}
              checked={provider?.id === each.id}
              onChange={() => setProvider(each)}
            />
            {t(each.name)}
          </label>
        ))}
      </fieldset>
      {provider && (
        <div class="provider-steps">
          <ol>
            {t(provider.steps)
              .split('\n')
              .map((line) => (
                <li key={line}>{line}</li>
              ))}
          </ol>
          <p class="help">{t('welcomeAddressPrivate')}</p>
        </div>
      )}
      <form class="add-feed" onSubmit={add}>
        <Field
          id="welcome-feed-url"
          label={t('calendarsUrlLabel')}
          wrapper={false}
          type="url"
          required
          value={url}
          onValue={setUrl}
        />
        <p class="help">{t('calendarsPermissionWhy')}</p>
        <div class="row">
          <button type="submit" disabled={busy}>
            {busy ? t('welcomeCalendarChecking') : t('welcomeCalendarCheck')}
          </button>
          <label class="file-button">
            {t('calendarsImport')}
            <input type="file" accept=".ics,text/calendar" onChange={importFile} />
          </label>
        </div>
      </form>
      <p role="status" class="calendar-found">
        {said.found ?? ''}
      </p>
      <Problem text={said.problem} />
      <div class="without-calendar">
        {withoutCalendar ? (
          <>
            <p>{t('welcomeRoutineIntro')}</p>
            <Routines t={t} locale={locale} now={now} routines={routines} onChange={props.onRoutinesChange} />
          </>
        ) : (
          <button type="button" class="quiet" onClick={() => setWithoutCalendar(true)}>
            {t('welcomeCalendarSkip')}
          </button>
        )}
      </div>
    </>
  );
}
