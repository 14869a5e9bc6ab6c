// From one clock time until another, as two time fields in a row.
import type { Translate } from '../../../i18n';
import type { ClockRange } from '../../../reminders';
import { Field } from '../../Field';

interface TimeRangeProps {
  t: Translate;
  id: string;
  range: ClockRange;
  onChange: (range: ClockRange) => void;
}

export function TimeRange({ t, id, range, onChange }: TimeRangeProps) {
  return (
    <span class="row">
      <Field
        id={`${id}-start`}
        label={t('remindersFrom')}
        wrapper={false}
        type="time"
        commit
        value={range.start}
        onValue={(start) => onChange({ ...range, start })}
      />
      <Field
        id={`${id}-end`}
        label={t('remindersUntil')}
        wrapper={false}
        type="time"
        commit
        value={range.end}
        onValue={(end) => onChange({ ...range, end })}
      />
    </span>
  );
}
