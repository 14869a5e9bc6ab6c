// The last few check-ins with one person, how they went, and logging one by hand.
import { useEffect, useState } from 'preact/hooks';
import type { Locale, MessageKey, Translate } from '../../../i18n';
import { formatDay } from '../../../i18n/dates';
import { CHECK_IN_HOWS, type CheckIn, type CheckInHow, LIMITS, type Person } from '../../../people';
import { Field } from '../../Field';
import { Problem } from '../Problem';
import type { PeopleActions } from './actions';
import { ago } from './ago';
import { useAction } from './use-action';

const HOW_LABELS: Record<CheckInHow, MessageKey> = {
  meeting: 'peopleHowMeeting',
  chat: 'peopleHowChat',
  coffee: 'peopleHowCoffee',
  call: 'peopleHowCall',
  other: 'peopleHowOther',
};

interface CheckInHistoryProps {
  t: Translate;
  locale: Locale;
  now: number;
  person: Person;
  actions: PeopleActions;
  announce: (message: string) => void;
}

export function CheckInHistory({ t, locale, now, person, actions, announce }: CheckInHistoryProps) {
  const [recent, setRecent] = useState<CheckIn[] | null>(null);
  const [how, setHow] = useState<CheckInHow>('chat');
  const [note, setNote] = useState('');
  const action = useAction();
  const idPrefix = `checkin-${person.id}`;
  const headingId = `${idPrefix}-heading`;

  // The person's summary changes with every check-in, wherever it was logged: read the log again.
  const newest = person.lastCheckIn?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `newest` changing is the reason to read the log again.
  useEffect(() => {
    let live = true;
    actions.recentCheckIns(person.id).then(
      (entries) => live && setRecent(entries),
      () => live && setRecent([]),
    );
    return () => {
      live = false;
    };
  }, [actions, person.id, newest]);

  const log = async (event: Event) => {
    event.preventDefault();
    const logged = await action.run(async () => {
      await actions.logCheckIn(person.id, how, note);
      setRecent(await actions.recentCheckIns(person.id));
    });
    if (logged) {
      announce(t('peopleCheckInLogged', [person.name]));
      setNote('');
    }
  };

  const remove = (entry: CheckIn) =>
    action.run(async () => {
      await actions.removeCheckIn(entry);
      setRecent(await actions.recentCheckIns(person.id));
      announce(t('peopleCheckInRemoved'));
    });

  return (
    <div class="person-part">
      <h4 id={headingId}>{t('peopleCheckInsHeading')}</h4>
      {recent !== null && recent.length === 0 && <p class="help">{t('peopleCheckInsEmpty')}</p>}
      {recent !== null && recent.length > 0 && (
        <ul class="check-ins" aria-labelledby={headingId}>
          {recent.map((entry) => {
            const day = formatDay(entry.at, locale);
            return (
              <li key={entry.id} class="check-in">
                <span>
                  <strong>{t(HOW_LABELS[entry.how])}</strong>{' '}
                  <time dateTime={new Date(entry.at).toISOString()} title={day}>
                    {ago(entry.at, now, locale)}
                  </time>
                  {entry.note !== undefined && <span class="check-in-note"> — {entry.note}</span>}
                </span>
                <button
                  type="button"
                  class="quiet"
                  aria-label={t('peopleCheckInRemoveLabel', [t(HOW_LABELS[entry.how]), day])}
                  disabled={action.busy}
                  onClick={() => void remove(entry)}
                >
                  {t('peopleRemove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form class="inline-form" onSubmit={log} noValidate aria-label={t('peopleCheckInLogLabel', [person.name])}>
        <Field
          id={`${idPrefix}-how`}
          label={t('peopleCheckInHowLabel')}
          choices={CHECK_IN_HOWS.map((option) => ({ value: option, label: t(HOW_LABELS[option]) }))}
          value={how}
          onValue={setHow}
        />
        <Field
          id={`${idPrefix}-note`}
          label={t('peopleCheckInNoteLabel')}
          wrapper="field grow"
          autocomplete="off"
          maxLength={LIMITS.checkInNote}
          value={note}
          onValue={setNote}
        />
        <button type="submit" disabled={action.busy}>
          {t('peopleCheckInLog')}
        </button>
        <Problem text={action.problem && t(action.problem)} />
      </form>
    </div>
  );
}
