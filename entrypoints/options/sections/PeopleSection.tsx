import '../../../src/ui/options/people/people.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../../src/i18n';
import {
  addAskAbout,
  addPerson,
  DEFAULT_RECONNECT_WEEKS,
  listCheckIns,
  listPeople,
  logCheckIn,
  type Person,
  removeAskAbout,
  removeCheckIn,
  removePerson,
  updateAskAbout,
  updatePerson,
} from '../../../src/people';
import { useNow } from '../../../src/ui';
import { type PeopleActions, PeopleSettings, peopleProblem, peopleReplaced } from '../../../src/ui/options';
import { useOptions } from '../context';

const RECENT_CHECK_INS = 5;

/** The people API with the clock filled in; every change reads the list again. */
function bindActions(reload: () => Promise<void>): PeopleActions {
  const then = async <T,>(result: Promise<T>): Promise<T> => {
    const value = await result;
    await reload();
    return value;
  };
  return {
    add: (input) => then(addPerson(input, Date.now())),
    update: (id, patch) => then(updatePerson(id, patch)),
    remove: (id) => then(removePerson(id)),
    addAskAbout: (personId, input) => then(addAskAbout(personId, input, Date.now())),
    updateAskAbout: (personId, itemId, patch) => then(updateAskAbout(personId, itemId, patch)),
    removeAskAbout: (personId, itemId) => then(removeAskAbout(personId, itemId)),
    recentCheckIns: (personId) => listCheckIns({ personId, limit: RECENT_CHECK_INS }),
    logCheckIn: (personId, how, note) => then(logCheckIn({ personId, at: Date.now(), how, note })),
    removeCheckIn: (ref) => then(removeCheckIn(ref)),
  };
}

export function PeopleSection() {
  const { t, locale } = useOptions();
  const now = useNow();
  const [people, setPeople] = useState<Person[] | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  const actions = useMemo(() => {
    const reload = () =>
      listPeople().then(
        (list) => {
          setPeople(list);
          setProblem(null);
        },
        (error: unknown) => setProblem(peopleProblem(error)),
      );
    return { reload, bound: bindActions(reload) };
  }, []);

  useEffect(() => {
    void actions.reload();
    // The popup or a reminder may have logged a check-in while this page was in the background.
    const onVisible = () => document.visibilityState === 'visible' && void actions.reload();
    document.addEventListener('visibilitychange', onVisible);
    const stop = peopleReplaced.listen(() => void actions.reload());
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      stop();
    };
  }, [actions]);

  return (
    <PeopleSettings
      t={t}
      locale={locale}
      now={now.getTime()}
      people={people}
      problem={problem}
      defaultWeeks={DEFAULT_RECONNECT_WEEKS}
      actions={actions.bound}
    />
  );
}
