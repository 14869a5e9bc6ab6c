// The options page's people section: find, add, open and change the people Echt keeps
// notes about. Takes the people and the actions as props, so it runs without the extension.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale, MessageKey, Translate } from '../../../i18n';
import { type Person, searchPeople } from '../../../people';
import { Field } from '../../Field';
import { Problem } from '../Problem';
import type { PeopleActions } from './actions';
import { PersonForm } from './PersonForm';
import { PersonItem, toggleId } from './PersonItem';

interface PeopleSettingsProps {
  t: Translate;
  locale: Locale;
  /** The clock for "3 days ago", ms since epoch. */
  now: number;
  /** null while loading. */
  people: readonly Person[] | null;
  /** Set when people memory could not be read. */
  problem?: MessageKey | null;
  defaultWeeks: number;
  actions: PeopleActions;
}

const ADD_BUTTON = 'people-add-button';

export function PeopleSettings({ t, locale, now, people, problem, defaultWeeks, actions }: PeopleSettingsProps) {
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  // The element to focus once it is on the page (a new person arrives after the list reloads).
  const [focusId, setFocusId] = useState<string | null>(null);

  const shown = useMemo(() => searchPeople(people ?? [], query), [people, query]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the element may appear only after people or the form re-render.
  useEffect(() => {
    if (focusId === null) return;
    const element = document.getElementById(focusId);
    if (element) {
      element.focus();
      setFocusId(null);
    }
  }, [focusId, people, adding]);

  const search = (value: string) => {
    setQuery(value);
    const found = searchPeople(people ?? [], value).length;
    setAnnouncement(value.trim() === '' ? '' : t('peopleFound', [String(found)]));
  };

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const added = (person: Person) => {
    setAdding(false);
    setQuery('');
    setExpanded((current) => new Set(current).add(person.id));
    setAnnouncement(t('peopleAdded', [person.name]));
    setFocusId(toggleId(person));
  };

  const deleted = (person: Person) => {
    setAnnouncement(t('peopleDeleted', [person.name]));
    setFocusId(ADD_BUTTON);
  };

  const cancelAdd = () => {
    setAdding(false);
    setFocusId(ADD_BUTTON);
  };

  const everyone = people ?? [];
  return (
    <section class="card people-section" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('peopleHeading')}</h2>
      <p class="help">{t('peopleIntro')}</p>
      {problem ? (
        <Problem text={t(problem)} />
      ) : (
        <>
          <div class="people-tools row">
            {everyone.length > 0 && (
              <Field
                id="people-search"
                label={t('peopleSearchLabel')}
                wrapper="field grow"
                type="search"
                autocomplete="off"
                value={query}
                onValue={search}
              />
            )}
            <button
              type="button"
              id={ADD_BUTTON}
              aria-expanded={adding}
              aria-controls="people-add"
              onClick={() => (adding ? cancelAdd() : setAdding(true))}
            >
              {t('peopleAdd')}
            </button>
          </div>
          <p class="save-state" aria-live="polite">
            {announcement}
          </p>
          {adding && (
            <fieldset id="people-add" class="people-add" aria-labelledby="people-add-heading">
              <h3 id="people-add-heading">{t('peopleAddHeading')}</h3>
              <PersonForm
                t={t}
                idPrefix="person-new"
                submitLabel={t('peopleAddSubmit')}
                onSubmit={async (values) => added(await actions.add(values))}
                onCancel={cancelAdd}
              />
            </fieldset>
          )}
          {people !== null && everyone.length === 0 && !adding && <p class="empty">{t('peopleEmpty')}</p>}
          {everyone.length > 0 && shown.length === 0 && <p class="empty">{t('peopleNoMatch', [query.trim()])}</p>}
          {shown.length > 0 && (
            <ul class="people-list">
              {shown.map((person) => (
                <PersonItem
                  key={person.id}
                  t={t}
                  locale={locale}
                  now={now}
                  person={person}
                  expanded={expanded.has(person.id)}
                  onToggle={() => toggle(person.id)}
                  defaultWeeks={defaultWeeks}
                  actions={actions}
                  announce={setAnnouncement}
                  onDeleted={deleted}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
