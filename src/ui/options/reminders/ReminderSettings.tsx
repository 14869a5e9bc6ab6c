// The reminders section of the options page: when to nudge before meetings (lead time,
// meeting size, daily cap, words that skip a meeting, working days and hours, quiet
// hours) and the routines. Each change is stored at once, through `onChange`.
import { useState } from 'preact/hooks';
import type { Locale, MessageKey, Translate } from '../../../i18n';
import { formatDay, formatTime } from '../../../i18n/dates';
import type { ReminderRules } from '../../../reminders';
import { Field } from '../../Field';
import { DayPicker } from './DayPicker';
import { Routines } from './Routines';
import { TimeRange } from './TimeRange';

/** The rules that are a number, with the bounds the stored rules are kept in. */
const NUMBERS = [
  { id: 'lead', rule: 'leadMinutes', label: 'remindersLead', min: 0, max: 60 },
  { id: 'max-size', rule: 'maxMeetingSize', label: 'remindersMaxSize', min: 2, max: 100 },
  { id: 'cap', rule: 'dailyCap', label: 'remindersCap', min: 0, max: 20 },
] as const satisfies readonly {
  id: string;
  rule: keyof ReminderRules;
  label: MessageKey;
  min: number;
  max: number;
}[];

interface ReminderSettingsProps {
  t: Translate;
  locale: Locale;
  now: Date;
  rules: ReminderRules;
  /** Stores a change to the rules; resolves false when some values had to be corrected. */
  onChange: (change: Partial<ReminderRules>) => Promise<boolean>;
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
        {NUMBERS.map(({ id, rule, label, min, max }) => (
          <Field
            key={id}
            id={id}
            label={t(label)}
            type="number"
            min={min}
            max={max}
            commit
            value={rules[rule]}
            onValue={(value) => {
              const change: Partial<ReminderRules> = {};
              change[rule] = Number(value);
              void save(change);
            }}
          />
        ))}
      </div>
      <Field
        id="skip-words"
        label={t('remindersSkipWords')}
        commit
        value={rules.skipTitleWords.join(', ')}
        onValue={(value) =>
          void save({
            skipTitleWords: value
              .split(',')
              .map((word) => word.trim())
              .filter(Boolean),
          })
        }
      />
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
                  quietHours: event.currentTarget.checked ? { start: '22:00', end: '07:00' } : null,
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
