// "Ask about" items for one person: open ones first, each with an optional day; add,
// edit, tick off once asked, remove.
import { useState } from 'preact/hooks';
import type { Locale, Translate } from '../../../i18n';
import { formatDay } from '../../../i18n/dates';
import { type AskAbout, LIMITS, localDay, type Person } from '../../../people';
import { Field } from '../../Field';
import { Problem } from '../Problem';
import type { PeopleActions } from './actions';
import { useAction } from './use-action';

interface AskAboutListProps {
  t: Translate;
  locale: Locale;
  person: Person;
  actions: PeopleActions;
  announce: (message: string) => void;
}

interface ItemFieldsProps {
  t: Translate;
  idPrefix: string;
  text: string;
  date: string;
  onText: (text: string) => void;
  onDate: (date: string) => void;
}

function ItemFields({ t, idPrefix, text, date, onText, onDate }: ItemFieldsProps) {
  return (
    <>
      <Field
        id={`${idPrefix}-text`}
        label={t('peopleAskTextLabel')}
        autocomplete="off"
        maxLength={LIMITS.askAboutText}
        value={text}
        onValue={onText}
      />
      <Field id={`${idPrefix}-date`} label={t('peopleAskDateLabel')} type="date" value={date} onValue={onDate} />
    </>
  );
}

interface ItemProps extends AskAboutListProps {
  item: AskAbout;
}

function AskAboutItem({ t, locale, person, item, actions, announce }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const [date, setDate] = useState(item.date ?? '');
  const action = useAction();
  const idPrefix = `ask-${item.id}`;

  const toggleDone = (done: boolean) =>
    action.run(async () => {
      await actions.updateAskAbout(person.id, item.id, { done });
      announce(t(done ? 'peopleAskMarkedDone' : 'peopleAskMarkedOpen', [item.text]));
    });

  const save = async (event: Event) => {
    event.preventDefault();
    const saved = await action.run(
      () => actions.updateAskAbout(person.id, item.id, { text, date: date === '' ? null : date }),
      'peopleErrorNoAskText',
    );
    if (saved) {
      setEditing(false);
      announce(t('peopleSaved'));
    }
  };

  const remove = () =>
    action.run(async () => {
      await actions.removeAskAbout(person.id, item.id);
      announce(t('peopleAskRemoved', [item.text]));
    });

  const problem = <Problem text={action.problem && t(action.problem)} />;

  if (editing) {
    return (
      <li class="ask-item">
        <form class="inline-form" onSubmit={save} noValidate>
          <ItemFields t={t} idPrefix={idPrefix} text={text} date={date} onText={setText} onDate={setDate} />
          <div class="row">
            <button type="submit" disabled={action.busy}>
              {t('peopleSave')}
            </button>
            <button
              type="button"
              class="quiet"
              onClick={() => {
                setEditing(false);
                setText(item.text);
                setDate(item.date ?? '');
                action.clear();
              }}
            >
              {t('peopleCancel')}
            </button>
          </div>
          {problem}
        </form>
      </li>
    );
  }

  return (
    <li class={item.done ? 'ask-item done' : 'ask-item'}>
      <label class="ask-check">
        <input
          type="checkbox"
          checked={item.done}
          disabled={action.busy}
          onChange={(event) => void toggleDone(event.currentTarget.checked)}
        />
        <span class="ask-text">{item.text}</span>
      </label>
      {item.date !== undefined && <span class="ask-date">{formatDay(localDay(item.date), locale)}</span>}
      <span class="row item-actions">
        <button
          type="button"
          class="quiet"
          aria-label={t('peopleEditItemLabel', [item.text])}
          onClick={() => setEditing(true)}
        >
          {t('peopleEdit')}
        </button>
        <button
          type="button"
          class="quiet"
          aria-label={t('peopleRemoveItemLabel', [item.text])}
          disabled={action.busy}
          onClick={() => void remove()}
        >
          {t('peopleRemove')}
        </button>
      </span>
      {problem}
    </li>
  );
}

/** Open items first, then by day (undated last), then in the order they were added. */
function ordered(items: readonly AskAbout[]): AskAbout[] {
  return [...items].sort(
    (a, b) =>
      Number(a.done) - Number(b.done) ||
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      a.createdAt - b.createdAt,
  );
}

export function AskAboutList(props: AskAboutListProps) {
  const { t, person, actions, announce } = props;
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const action = useAction();
  const idPrefix = `ask-new-${person.id}`;
  const headingId = `ask-heading-${person.id}`;

  const add = async (event: Event) => {
    event.preventDefault();
    const added = await action.run(
      () => actions.addAskAbout(person.id, { text, ...(date === '' ? {} : { date }) }),
      'peopleErrorNoAskText',
    );
    if (added) {
      announce(t('peopleAskAdded', [text.trim()]));
      setText('');
      setDate('');
    }
  };

  return (
    <div class="person-part">
      <h4 id={headingId}>{t('peopleAskHeading')}</h4>
      {person.askAbout.length === 0 ? (
        <p class="help">{t('peopleAskEmpty')}</p>
      ) : (
        <ul class="ask-list" aria-labelledby={headingId}>
          {ordered(person.askAbout).map((item) => (
            <AskAboutItem key={item.id} {...props} item={item} />
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={add} noValidate aria-label={t('peopleAskAddLabel', [person.name])}>
        <ItemFields t={t} idPrefix={idPrefix} text={text} date={date} onText={setText} onDate={setDate} />
        <button type="submit" disabled={action.busy}>
          {t('peopleAskAdd')}
        </button>
        <Problem text={action.problem && t(action.problem)} />
      </form>
    </div>
  );
}
