// One person to check in with, as Today and This week list them: their name, what to ask
// them about, and the "I checked in" toggle.
import type { Locale, Translate } from '../../i18n';
import type { AskAbout } from '../../people';
import { AskAboutLine } from './AskAboutLine';
import { CheckInToggle } from './CheckInToggle';
import type { CheckInActions, CheckInTarget } from './checkins';

interface PersonRowProps extends CheckInActions {
  t: Translate;
  locale: Locale;
  target: CheckInTarget;
  /** Their open "ask about" items. */
  askAbout: readonly AskAbout[];
}

export function PersonRow({ t, locale, target, askAbout, marks, onCheckIn, onUndo }: PersonRowProps) {
  return (
    <li class="person-row">
      <div class="person-text">
        <span class="person-name">{target.name}</span>
        <AskAboutLine t={t} locale={locale} items={askAbout} />
      </div>
      <CheckInToggle
        t={t}
        name={target.name}
        mark={marks.get(target.key)}
        onCheckIn={() => onCheckIn(target)}
        onUndo={() => onUndo(target)}
      />
    </li>
  );
}
