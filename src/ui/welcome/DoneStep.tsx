// The welcome page's last step: what Echt does from now on, where its popup is, that
// nothing leaves the device, and links straight to the settings' sections.
import type { Translate } from '../../i18n';

export interface DoneStepProps {
  t: Translate;
  /** The keys that open the popup ("Alt+Shift+U"), or null when none is set. */
  shortcut: string | null;
}

export function DoneStep({ t, shortcut }: DoneStepProps) {
  return (
    <>
      <p>{t('welcomeDoneIntro')}</p>
      <ul class="done-list">
        <li>{t('welcomeDoneNudges')}</li>
        <li>{t('welcomeDoneChip')}</li>
        <li>
          {t('welcomeDonePopup')}
          {shortcut && ` ${t('welcomeDoneShortcut', [shortcut])}`}
        </li>
      </ul>
      <p class="private">{t('welcomeDonePrivate')}</p>
      <ul class="done-links">
        <li>
          <a href="/options.html">{t('welcomeDoneSettings')}</a>
        </li>
        <li>
          <a href="/options.html#reminders">{t('welcomeDoneReminders')}</a>
        </li>
        <li>
          <a href="/options.html#chat">{t('welcomeDoneChat')}</a>
        </li>
      </ul>
    </>
  );
}
