// How long without contact before Echt suggests reconnecting with this person.
import type { Translate } from '../../../i18n';
import type { Person, ReconnectWeeks } from '../../../people';
import { Field } from '../../Field';
import { Problem } from '../Problem';
import type { PeopleActions } from './actions';
import { useAction } from './use-action';

/** Intervals offered; a person's own value from an import is offered too when it is not one of them. */
const WEEKS = [1, 2, 3, 4, 6, 8, 12, 26, 52] as const;

const DEFAULT = 'default';

interface ReconnectChoiceProps {
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
    <Field
      id={id}
      label={t('peopleReconnectLabel')}
      hint={t('peopleReconnectHelp')}
      wrapper="person-part field"
      disabled={action.busy}
      choices={[
        { value: DEFAULT, label: t('peopleReconnectDefault', [weeksLabel(t, defaultWeeks)]) },
        ...weeks.map((option) => ({ value: String(option), label: weeksLabel(t, option) })),
        { value: 'off', label: t('peopleReconnectOff') },
      ]}
      value={own === undefined ? DEFAULT : String(own)}
      onValue={(value) => void change(value)}
    >
      <Problem text={action.problem && t(action.problem)} />
    </Field>
  );
}
