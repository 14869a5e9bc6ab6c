// This week: how many check-ins, and a few people it has been a while with.
import type { Locale, Translate } from '../../i18n';
import type { ReconnectSuggestion } from '../../people';
import type { CheckInActions } from './checkins';
import { PersonRow } from './PersonRow';

/** A few names, never a long list to work through. */
const RECONNECT_SHOWN = 3;

interface WeekSectionProps extends CheckInActions {
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
            {shown.map(({ person }) => (
              <PersonRow
                key={person.id}
                t={t}
                locale={locale}
                target={{ key: `person:${person.id}`, name: person.name, personId: person.id, how: 'other' }}
                askAbout={person.askAbout.filter((item) => !item.done)}
                marks={marks}
                onCheckIn={props.onCheckIn}
                onUndo={props.onUndo}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
