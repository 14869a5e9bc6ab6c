// Pausing reminders for today or a week, and resuming them.
import { useEffect, useRef } from 'preact/hooks';
import type { Locale, Translate } from '../../i18n';
import { formatDay, formatTime } from '../../i18n/dates';

export type PauseSpan = 'today' | 'week';

interface PauseRemindersProps {
  t: Translate;
  locale: Locale;
  now: number;
  /** When the pause ends, ms since epoch; null when reminders are on. */
  pausedUntil: number | null;
  onPause: (span: PauseSpan) => void;
  onResume: () => void;
}

/** When a pause ends, as the popup says it: "22 November 2026, 00:00". */
export function formatPauseEnd(at: number, locale: Locale): string {
  return `${formatDay(at, locale)}, ${formatTime(at, locale)}`;
}

/** "Pause for today / for a week", or "Paused until …" with a way back. */
export function PauseReminders({ t, locale, now, pausedUntil, onPause, onResume }: PauseRemindersProps) {
  const paused = pausedUntil !== null && pausedUntil > now;
  const group = useRef<HTMLFieldSetElement>(null);
  const hadFocus = useRef(false);

  // The pressed button is replaced; keep keyboard focus in the group rather than losing it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the pause state flips, which replaces the button.
  useEffect(() => {
    if (!hadFocus.current) return;
    hadFocus.current = false;
    group.current?.querySelector('button')?.focus();
  }, [paused]);

  const act = (action: () => void) => () => {
    hadFocus.current = true;
    action();
  };

  return (
    <fieldset class="pause" aria-labelledby="pause-heading" ref={group}>
      <h2 id="pause-heading">{t('popupPauseHeading')}</h2>
      {paused ? (
        <>
          <p class="paused">{t('popupPausedUntil', [formatPauseEnd(pausedUntil, locale)])}</p>
          <button type="button" class="secondary" onClick={act(onResume)}>
            {t('popupResume')}
          </button>
        </>
      ) : (
        <div class="actions">
          <button type="button" class="secondary" onClick={act(() => onPause('today'))}>
            {t('popupPauseToday')}
          </button>
          <button type="button" class="secondary" onClick={act(() => onPause('week'))}>
            {t('popupPauseWeek')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
