// The calendars section: each calendar with its colour, switch, address and last refresh,
// renamed and removed in place; adding a feed address or importing an .ics file. A feed
// address is a password to the whole calendar: it shows masked, revealed or copied on purpose.
import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type FeedStatus, maskFeedUrl } from '../../feeds';
import type { Locale, MessageKey, Translate } from '../../i18n';
import { isStorageFull } from '../../platform/storage-check';
import { type FeedSource, MAX_NAME } from '../../settings/feeds';
import type { AddFeedProblem } from '../calendar-actions';
import { readCalendarFile } from '../calendar-file';
import { Field } from '../Field';
import { CopyButton } from '../popup/CopyButton';
import { describeFeedStatus } from './feed-status';
import { Problem } from './Problem';

/** What adding a feed came to; anything but 'added' is explained to the user. */
export type AddFeedOutcome = 'added' | AddFeedProblem;

/** The words for an address that was not added, here and on the welcome page. */
export const ADD_PROBLEMS: Record<AddFeedProblem, MessageKey> = {
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
  /** A new name (trimmed, not empty) or colour (#rrggbb) for one calendar. */
  onChange: (id: string, change: { name?: string; color?: string }) => void;
  onRemove: (id: string) => void;
  onSyncNow: () => Promise<void>;
  /** Puts a feed's address on the clipboard; resolves false when the clipboard refused. */
  onCopyAddress: (url: string) => Promise<boolean>;
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
    } catch (error) {
      setProblem(isStorageFull(error) ? 'storageFull' : 'calendarsAddFailed');
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const { name, text } = await readCalendarFile(file);
      setProblem((await props.onImport(name, text)) ? null : 'calendarsImportFailed');
    } catch (error) {
      setProblem(isStorageFull(error) ? 'storageFull' : 'calendarsImportFailed');
    }
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
            <SourceRow
              key={source.id}
              t={t}
              source={source}
              status={describeFeedStatus(statuses[source.id], now, t, locale)}
              onToggle={(enabled) => props.onToggle(source.id, enabled)}
              onChange={(change) => props.onChange(source.id, change)}
              onRemove={() => props.onRemove(source.id)}
              onCopyAddress={props.onCopyAddress}
            />
          ))}
        </ul>
      )}
      <form class="add-feed" onSubmit={add}>
        <Field
          id="feed-url"
          label={t('calendarsUrlLabel')}
          wrapper={false}
          type="url"
          required
          value={url}
          onValue={setUrl}
        />
        <Field
          id="feed-name"
          label={t('calendarsNameLabel')}
          wrapper={false}
          maxLength={MAX_NAME}
          value={name}
          onValue={setName}
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
        <Problem text={problem && t(problem)} />
      </form>
    </section>
  );
}

interface SourceRowProps {
  t: Translate;
  source: FeedSource;
  status: string;
  onToggle: (enabled: boolean) => void;
  onChange: (change: { name?: string; color?: string }) => void;
  onRemove: () => void;
  onCopyAddress: (url: string) => Promise<boolean>;
}

/** A feed's address, masked until the user asks to see it, and a way to copy it whole. */
function FeedAddress({
  t,
  source,
  url,
  onCopy,
}: {
  t: Translate;
  source: FeedSource;
  url: string;
  onCopy: SourceRowProps['onCopyAddress'];
}) {
  const [revealed, setRevealed] = useState(false);
  const id = `feed-address-${source.id}`;
  return (
    <span class="source-url">
      <span id={id}>{revealed ? url : maskFeedUrl(url)}</span>{' '}
      <button
        type="button"
        class="quiet"
        aria-pressed={revealed}
        aria-label={t('calendarsShowAddressLabel', [source.name])}
        onClick={() => setRevealed(!revealed)}
      >
        {t('calendarsShowAddress')}
      </button>{' '}
      <CopyButton t={t} text={url} onCopy={onCopy} describedBy={id} />
    </span>
  );
}

/**
 * One calendar: its colour (a colour picker), on/off, address and status, and renaming
 * and removing in place. Removing asks once more: an imported file cannot be fetched again.
 */
function SourceRow({ t, source, status, onToggle, onChange, onRemove, onCopyAddress }: SourceRowProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'remove'>('view');
  const [name, setName] = useState(source.name);
  const nameField = useRef<HTMLInputElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const previous = useRef(mode);
  // Focus goes where the user's next step is: into the name field, to "Cancel" before a
  // removal, and back to the button they came from (`autofocus` only works at page load).
  useEffect(() => {
    if (mode === 'rename') nameField.current?.focus();
    else if (mode === 'remove') keepButton.current?.focus();
    else if (previous.current === 'rename') renameButton.current?.focus();
    else if (previous.current === 'remove') removeButton.current?.focus();
    previous.current = mode;
  }, [mode]);

  const rename = (event: Event) => {
    event.preventDefault();
    const next = name.trim();
    if (next && next !== source.name) onChange({ name: next });
    setMode('view');
  };

  return (
    <li class="source">
      <input
        type="color"
        class="swatch-input"
        value={source.color}
        aria-label={t('calendarsColorLabel', [source.name])}
        onChange={(event) => onChange({ color: event.currentTarget.value })}
      />
      {mode === 'rename' ? (
        <form
          class="source-rename"
          onSubmit={rename}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setMode('view');
          }}
        >
          <input
            type="text"
            required
            maxLength={MAX_NAME}
            value={name}
            aria-label={t('calendarsNewNameLabel', [source.name])}
            ref={nameField}
            onInput={(event) => setName(event.currentTarget.value)}
          />
          <button type="submit">{t('saveButton')}</button>
          <button type="button" class="quiet" onClick={() => setMode('view')}>
            {t('calendarsCancel')}
          </button>
        </form>
      ) : (
        <label class="source-name">
          <input
            type="checkbox"
            checked={source.enabled}
            aria-label={t('calendarsEnabled', [source.name])}
            onChange={(event) => onToggle(event.currentTarget.checked)}
          />
          {source.name}
        </label>
      )}
      {source.url ? (
        <FeedAddress t={t} source={source} url={source.url} onCopy={onCopyAddress} />
      ) : (
        <span class="source-url">{t('calendarsFile')}</span>
      )}
      <span class="source-status" data-source-status={source.id}>
        {status}
      </span>
      {mode === 'remove' ? (
        <fieldset class="source-actions confirm">
          <legend>{t('calendarsRemoveConfirm', [source.name])}</legend>
          <button type="button" class="danger" onClick={onRemove}>
            {t('calendarsRemove')}
          </button>
          <button type="button" class="quiet" ref={keepButton} onClick={() => setMode('view')}>
            {t('calendarsCancel')}
          </button>
        </fieldset>
      ) : (
        mode === 'view' && (
          <span class="source-actions">
            <button
              type="button"
              class="quiet"
              ref={renameButton}
              aria-label={t('calendarsRenameLabel', [source.name])}
              onClick={() => {
                setName(source.name);
                setMode('rename');
              }}
            >
              {t('calendarsRename')}
            </button>
            <button
              type="button"
              class="quiet"
              ref={removeButton}
              aria-label={t('calendarsRemoveLabel', [source.name])}
              onClick={() => setMode('remove')}
            >
              {t('calendarsRemove')}
            </button>
          </span>
        )
      )}
    </li>
  );
}
