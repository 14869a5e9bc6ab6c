import { useState } from 'preact/hooks';
import type { Locale, Translate } from '../../../i18n';
import { formatDay, formatTime, weekdayName } from '../../../i18n/dates';
import type { ClockRange, ReminderRules, Routine, Weekday } from '../../../reminders';

const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const WORK_WEEK: Weekday[] = [1, 2, 3, 4, 5];

export interface ReminderSettingsProps {
  t: Translate;
  locale: Locale;
  now: Date;
  rules: ReminderRules;
  /** Stores a change to the rules; resolves false when some values had to be corrected. */
  onChange: (change: Partial<ReminderRules>) => Promise<boolean>;
}

function DayPicker(props: {
  legend: string;
  name: string;
  locale: Locale;
  days: readonly Weekday[];
  onChange: (days: Weekday[]) => void;
}) {
  const toggle = (day: Weekday, on: boolean) =>
    props.onChange(WEEK.filter((each) => (each === day ? on : props.days.includes(each))));
  return (
    <fieldset class="days">
      <legend>{props.legend}</legend>
      {WEEK.map((day) => (
        <label key={day}>
          <input
            type="checkbox"
            name={props.name}
            checked={props.days.includes(day)}
            onChange={(event) => toggle(day, (event.currentTarget as HTMLInputElement).checked)}
          />
          {weekdayName(day, props.locale)}
        </label>
      ))}
    </fieldset>
  );
}

function TimeRange(props: { t: Translate; id: string; range: ClockRange; onChange: (range: ClockRange) => void }) {
  const { t, id, range } = props;
  return (
    <span class="row">
      <label for={`${id}-start`}>{t('remindersFrom')}</label>
      <input
        id={`${id}-start`}
        type="time"
        value={range.start}
        onChange={(event) => props.onChange({ ...range, start: (event.currentTarget as HTMLInputElement).value })}
      />
      <label for={`${id}-end`}>{t('remindersUntil')}</label>
      <input
        id={`${id}-end`}
        type="time"
        value={range.end}
        onChange={(event) => props.onChange({ ...range, end: (event.currentTarget as HTMLInputElement).value })}
      />
    </span>
  );
}

function NumberField(props: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  return (
    <span class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        min={props.min}
        max={props.max}
        value={props.value}
        onChange={(event) => props.onChange(Number((event.currentTarget as HTMLInputElement).value))}
      />
    </span>
  );
}

function newRoutineId(now: Date): string {
  return `r${now.getTime().toString(36)}`;
}

function Routines(props: {
  t: Translate;
  locale: Locale;
  now: Date;
  routines: readonly Routine[];
  onChange: (routines: Routine[]) => void;
}) {
  const { t, locale, routines } = props;
  const [label, setLabel] = useState('');
  const [time, setTime] = useState('09:25');
  const [days, setDays] = useState<Weekday[]>(WORK_WEEK);

  const add = (routine: Omit<Routine, 'id'>) =>
    props.onChange([...routines, { id: newRoutineId(props.now), ...routine }]);

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
                onClick={() => props.onChange(routines.filter((each) => each.id !== routine.id))}
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
        <span class="field">
          <label for="routine-label">{t('routinesLabel')}</label>
          <input
            id="routine-label"
            type="text"
            maxLength={80}
            required
            value={label}
            onInput={(event) => setLabel((event.currentTarget as HTMLInputElement).value)}
          />
        </span>
        <DayPicker legend={t('remindersDays')} name="routine-days" locale={locale} days={days} onChange={setDays} />
        <span class="field">
          <label for="routine-time">{t('routinesTime')}</label>
          <input
            id="routine-time"
            type="time"
            required
            value={time}
            onInput={(event) => setTime((event.currentTarget as HTMLInputElement).value)}
          />
        </span>
        <button type="submit">{t('routinesAdd')}</button>
      </form>
    </fieldset>
  );
}

export function ReminderSettings({ t, locale, now, rules, onChange }: ReminderSettingsProps) {
  const [notice, setNotice] = useState<'saved' | 'corrected' | null>(null);
  const save = async (change: Partial<ReminderRules>) => {
    setNotice((await onChange(change)) ? 'saved' : 'corrected');
  };
  const paused = rules.pausedUntil !== null && rules.pausedUntil > now.getTime();

  return (
    <section class="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('remindersHeading')}</h2>
      <p class="help">{t('remindersIntro')}</p>
      {paused && rules.pausedUntil !== null && (
        <p class="row">
          {t('remindersPaused', [`${formatDay(rules.pausedUntil, locale)} ${formatTime(rules.pausedUntil, locale)}`])}
          <button type="button" onClick={() => void save({ pausedUntil: null })}>
            {t('remindersResume')}
          </button>
        </p>
      )}
      <div class="grid">
        <NumberField
          id="lead"
          label={t('remindersLead')}
          value={rules.leadMinutes}
          min={0}
          max={60}
          onChange={(leadMinutes) => void save({ leadMinutes })}
        />
        <NumberField
          id="max-size"
          label={t('remindersMaxSize')}
          value={rules.maxMeetingSize}
          min={2}
          max={100}
          onChange={(maxMeetingSize) => void save({ maxMeetingSize })}
        />
        <NumberField
          id="cap"
          label={t('remindersCap')}
          value={rules.dailyCap}
          min={0}
          max={20}
          onChange={(dailyCap) => void save({ dailyCap })}
        />
      </div>
      <span class="field">
        <label for="skip-words">{t('remindersSkipWords')}</label>
        <input
          id="skip-words"
          type="text"
          value={rules.skipTitleWords.join(', ')}
          onChange={(event) =>
            void save({
              skipTitleWords: (event.currentTarget as HTMLInputElement).value
                .split(',')
                .map((word) => word.trim())
                .filter(Boolean),
            })
          }
        />
      </span>
      <DayPicker
        legend={t('remindersDays')}
        name="working-days"
        locale={locale}
        days={rules.workingDays}
        onChange={(workingDays) => void save({ workingDays })}
      />
      <fieldset>
        <legend>{t('remindersHours')}</legend>
        <TimeRange
          t={t}
          id="working-hours"
          range={rules.workingHours}
          onChange={(workingHours) => void save({ workingHours })}
        />
      </fieldset>
      <fieldset>
        <legend>
          <label>
            <input
              type="checkbox"
              checked={rules.quietHours !== null}
              onChange={(event) =>
                void save({
                  quietHours: (event.currentTarget as HTMLInputElement).checked
                    ? { start: '22:00', end: '07:00' }
                    : null,
                })
              }
            />
            {t('remindersQuiet')}
          </label>
        </legend>
        {rules.quietHours && (
          <TimeRange
            t={t}
            id="quiet-hours"
            range={rules.quietHours}
            onChange={(quietHours) => void save({ quietHours })}
          />
        )}
      </fieldset>
      <Routines
        t={t}
        locale={locale}
        now={now}
        routines={rules.routines}
        onChange={(routines) => void save({ routines })}
      />
      <p role="status" class="save-state">
        {notice === 'saved' ? t('remindersSaved') : notice === 'corrected' ? t('remindersInvalid') : ''}
      </p>
    </section>
  );
}
