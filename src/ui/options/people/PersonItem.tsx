// One person in the list: a summary line, and when opened everything Echt keeps about them.
import type { Locale, Translate } from '../../../i18n';
import type { Person } from '../../../people';
import { AskAboutList } from './AskAboutList';
import type { PeopleActions } from './actions';
import { ago } from './ago';
import { CheckInHistory } from './CheckInHistory';
import { DeletePerson } from './DeletePerson';
import { PersonForm } from './PersonForm';
import { ReconnectChoice } from './ReconnectChoice';

interface PersonItemProps {
  t: Translate;
  locale: Locale;
  now: number;
  person: Person;
  expanded: boolean;
  onToggle: () => void;
  defaultWeeks: number;
  actions: PeopleActions;
  announce: (message: string) => void;
  onDeleted: (person: Person) => void;
}

export function toggleId(person: Person): string {
  return `person-${person.id}-toggle`;
}

function Summary({ t, locale, now, person }: Pick<PersonItemProps, 't' | 'locale' | 'now' | 'person'>) {
  const open = person.askAbout.filter((item) => !item.done).length;
  return (
    <p class="person-summary">
      {person.emails.length > 0 && <span>{person.emails.join(', ')}</span>}
      <span>
        {person.lastCheckIn
          ? t('peopleLastCheckIn', [ago(person.lastCheckIn.at, now, locale)])
          : t('peopleNoCheckInYet')}
      </span>
      {open > 0 && <span>{t('peopleOpenItems', [String(open)])}</span>}
    </p>
  );
}

export function PersonItem(props: PersonItemProps) {
  const { t, person, expanded, onToggle, actions, announce } = props;
  const detailsId = `person-${person.id}-details`;
  // A change made elsewhere (another window, an import) starts the form afresh.
  const formKey = JSON.stringify([person.name, person.emails, person.notes]);

  const remove = async () => {
    await actions.remove(person.id);
    props.onDeleted(person);
  };

  return (
    <li class="person">
      <h3 class="person-name">
        <button
          type="button"
          id={toggleId(person)}
          class="disclosure"
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={onToggle}
        >
          <span class="disclosure-mark" aria-hidden="true" />
          {person.name}
        </button>
      </h3>
      <Summary {...props} />
      {expanded && (
        <div id={detailsId} class="person-details">
          <div class="person-part">
            <h4>{t('peopleDetailsHeading')}</h4>
            <PersonForm
              key={formKey}
              t={t}
              idPrefix={`person-${person.id}`}
              initial={person}
              submitLabel={t('peopleSave')}
              onSubmit={(values) => actions.update(person.id, values)}
              onDone={() => announce(t('peopleSaved'))}
            />
          </div>
          <ReconnectChoice
            t={t}
            person={person}
            defaultWeeks={props.defaultWeeks}
            actions={actions}
            announce={announce}
          />
          <AskAboutList t={t} locale={props.locale} person={person} actions={actions} announce={announce} />
          <CheckInHistory
            t={t}
            locale={props.locale}
            now={props.now}
            person={person}
            actions={actions}
            announce={announce}
          />
          <DeletePerson t={t} person={person} onDelete={remove} />
        </div>
      )}
    </li>
  );
}
