// How long without contact before Echt suggests reconnecting with this person.
import type { Translate } from '../../../i18n';
import type { Person, ReconnectWeeks } from '../../../people';
import type { PeopleActions } from './actions';
import { useAction } from './use-action';

/** Intervals offered; a person's own value from an import is offered too when it is not one of them. */
const WEEKS = [1, 2, 3, 4, 6, 8, 12, 26, 52] as const;

const DEFAULT = 'default';

export interface ReconnectChoiceProps {
  t: Translate;
  person: Person;
  /** The interval for everyone without their own. */
  defaultWeeks: number;
  actions: PeopleActions;
  announce: (message: string) => void;
}

function weeksLabel(t: Translate, weeks: number): string {
  return weeks === 1 ? t('peopleReconnectOneWeek') : t('peopleReconnectWeeks', [String(weeks)]);
}

function parseChoice(value: string): ReconnectWeeks | null {
  if (value === DEFAULT) return null;
  if (value === 'off') return 'off';
  return Number(value);
}

export function ReconnectChoice({ t, person, defaultWeeks, actions, announce }: ReconnectChoiceProps) {
  const action = useAction();
  const id = `reconnect-${person.id}`;
  const own = person.reconnectWeeks;
  const weeks: readonly number[] =
    typeof own === 'number' && !WEEKS.includes(own as (typeof WEEKS)[number])
      ? [...WEEKS, own].sort((a, b) => a - b)
      : WEEKS;

  const change = (value: string) =>
    action.run(async () => {
      await actions.update(person.id, { reconnectWeeks: parseChoice(value) });
      announce(t('peopleSaved'));
    });

  return (
    <div class="person-part field">
      <label for={id}>{t('peopleReconnectLabel')}</label>
      <select
        id={id}
        value={own === undefined ? DEFAULT : String(own)}
        disabled={action.busy}
        aria-describedby={`${id}-help`}
        onChange={(event) => void change(event.currentTarget.value)}
      >
        <option value={DEFAULT}>{t('peopleReconnectDefault', [weeksLabel(t, defaultWeeks)])}</option>
        {weeks.map((option) => (
          <option key={option} value={String(option)}>
            {weeksLabel(t, option)}
          </option>
        ))}
        <option value="off">{t('peopleReconnectOff')}</option>
      </select>
      <p id={`${id}-help`} class="help">
        {t('peopleReconnectHelp')}
      </p>
      {action.problem && (
        <p class="problem" role="alert">
          {t(action.problem)}
        </p>
      )}
    </div>
  );
}
