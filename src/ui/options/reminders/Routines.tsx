// Reminders without a calendar ("before the daily stand-up, 09:25"): the list, removing
// one, and adding one, with a suggestion for a first one.
import { useState } from 'preact/hooks';
import type { Locale, Translate } from '../../../i18n';
import { weekdayName } from '../../../i18n/dates';
import type { Routine, Weekday } from '../../../reminders';
import { Field } from '../../Field';
import { DayPicker, WORK_WEEK } from './DayPicker';

interface RoutinesProps {
  t: Translate;
  locale: Locale;
  now: Date;
  routines: readonly Routine[];
  onChange: (routines: Routine[]) => void;
}

function newRoutineId(now: Date): string {
  return `r${now.getTime().toString(36)}`;
}

export function Routines({ t, locale, now, routines, onChange }: RoutinesProps) {
  const [label, setLabel] = useState('');
  const [time, setTime] = useState('09:25');
  const [days, setDays] = useState<Weekday[]>(WORK_WEEK);

  const add = (routine: Omit<Routine, 'id'>) => onChange([...routines, { id: newRoutineId(now), ...routine }]);

  return (
    <fieldset class="stack" aria-labelledby="routines-heading">
      <h3 id="routines-heading">{t('routinesHeading')}</h3>
      <p class="help">{t('routinesIntro')}</p>
      {routines.length === 0 ? (
        <>
          <p class="empty">{t('routinesNone')}</p>
          <button type="button" onClick={() => add({ label: t('routinesSuggestion'), days: WORK_WEEK, time: '09:25' })}>
            {t('routinesAddSuggestion')}
          </button>
        </>
      ) : (
        <ul class="routines">
          {routines.map((routine) => (
            <li key={routine.id}>
              <strong>{routine.label}</strong> · {routine.days.map((day) => weekdayName(day, locale)).join(' ')} ·{' '}
              {routine.time}{' '}
              <button
                type="button"
                class="quiet"
                aria-label={t('routinesRemove', [routine.label])}
                onClick={() => onChange(routines.filter((each) => each.id !== routine.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (!label.trim() || days.length === 0) return;
          add({ label: label.trim(), days, time });
          setLabel('');
        }}
      >
        <Field id="routine-label" label={t('routinesLabel')} maxLength={80} required value={label} onValue={setLabel} />
        <DayPicker legend={t('remindersDays')} name="routine-days" locale={locale} days={days} onChange={setDays} />
        <Field id="routine-time" label={t('routinesTime')} type="time" required value={time} onValue={setTime} />
        <button type="submit">{t('routinesAdd')}</button>
      </form>
    </fieldset>
  );
}
