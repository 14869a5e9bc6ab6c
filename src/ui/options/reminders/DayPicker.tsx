// The days of the week as checkboxes, Monday first, named in the user's language.

import type { Locale } from '../../../i18n';
import { weekdayName } from '../../../i18n/dates';
import type { Weekday } from '../../../reminders';

const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
export const WORK_WEEK: Weekday[] = [1, 2, 3, 4, 5];

interface DayPickerProps {
  legend: string;
  name: string;
  locale: Locale;
  days: readonly Weekday[];
  onChange: (days: Weekday[]) => void;
}

export function DayPicker({ legend, name, locale, days, onChange }: DayPickerProps) {
  const toggle = (day: Weekday, on: boolean) =>
    onChange(WEEK.filter((each) => (each === day ? on : days.includes(each))));
  return (
    <fieldset class="days">
      <legend>{legend}</legend>
      {WEEK.map((day) => (
        <label key={day}>
          <input
            type="checkbox"
            name={name}
            checked={days.includes(day)}
            onChange={(event) => toggle(day, event.currentTarget.checked)}
          />
          {weekdayName(day, locale)}
        </label>
      ))}
    </fieldset>
  );
}
