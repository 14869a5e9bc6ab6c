// "I checked in": one press logs it, a second takes it back.
import type { Translate } from '../../i18n';

/** Where a check-in logged from the popup stands. */
export type CheckInMark = 'saving' | 'done';

interface CheckInToggleProps {
  t: Translate;
  name: string;
  mark: CheckInMark | undefined;
  onCheckIn: () => void;
  /** Takes the check-in back (a mis-click). */
  onUndo: () => void;
}

/**
 * "I checked in" as a toggle: one press logs it, a second press takes it back. The label
 * stays the same; the pressed state (and a check mark) says it was noted.
 */
export function CheckInToggle({ t, name, mark, onCheckIn, onUndo }: CheckInToggleProps) {
  const pressed = mark !== undefined;
  return (
    <button
      type="button"
      class="check-in"
      aria-pressed={pressed}
      aria-label={t('popupCheckInWith', [name])}
      onClick={() => {
        if (mark === 'saving') return;
        if (pressed) onUndo();
        else onCheckIn();
      }}
    >
      {t('popupCheckIn')}
    </button>
  );
}
