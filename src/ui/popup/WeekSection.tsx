import type { Locale, Translate } from '../../i18n';
import type { ReconnectSuggestion } from '../../people';
import { AskAboutLine } from './AskAboutLine';
import { CheckInToggle } from './CheckInToggle';
import type { CheckInActions, CheckInTarget } from './checkins';

/** A few names, never a long list to work through. */
export const RECONNECT_SHOWN = 3;

export interface WeekSectionProps extends CheckInActions {
  t: Translate;
  locale: Locale;
  /** null while loading. */
  checkInsThisWeek: number | null;
  reconnect: readonly ReconnectSuggestion[];
}

function weekLine(t: Translate, count: number): string {
  if (count === 0) return t('popupWeekNone');
  if (count === 1) return t('popupWeekOne');
  return t('popupWeekMany', [String(count)]);
}

/** This week, gently: how many check-ins, and a few people it has been a while with. */
export function WeekSection(props: WeekSectionProps) {
  const { t, locale, checkInsThisWeek, reconnect, marks } = props;
  const shown = reconnect.slice(0, RECONNECT_SHOWN);
  return (
    <section class="week" aria-labelledby="week-heading">
      <h2 id="week-heading">{t('popupWeekHeading')}</h2>
      {checkInsThisWeek !== null && <p class="week-count">{weekLine(t, checkInsThisWeek)}</p>}
      {shown.length > 0 && (
        <>
          <h3 id="reconnect-heading">{t('popupReconnectHeading')}</h3>
          <ul class="people" aria-labelledby="reconnect-heading">
            {shown.map(({ person }) => {
              const target: CheckInTarget = {
                key: `person:${person.id}`,
                name: person.name,
                personId: person.id,
                how: 'other',
              };
              return (
                <li key={person.id} class="person-row">
                  <div class="person-text">
                    <span class="person-name">{person.name}</span>
                    <AskAboutLine t={t} locale={locale} items={person.askAbout.filter((item) => !item.done)} />
                  </div>
                  <CheckInToggle
                    t={t}
                    name={person.name}
                    mark={marks.get(target.key)}
                    onCheckIn={() => props.onCheckIn(target)}
                    onUndo={() => props.onUndo(target)}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
