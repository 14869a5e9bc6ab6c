// Name, e-mail addresses and notes: the same form adds a person and edits one.
import { useState } from 'preact/hooks';
import type { Translate } from '../../../i18n';
import { LIMITS, type NewPerson } from '../../../people';
import { Field } from '../../Field';
import { Problem } from '../Problem';
import { useAction } from './use-action';

interface PersonFormValues {
  name: string;
  emails: readonly string[];
  notes: string;
}

interface PersonFormProps {
  t: Translate;
  /** Makes the field ids unique on the page. */
  idPrefix: string;
  /** The person being edited; left out, the form adds someone and empties itself after. */
  initial?: PersonFormValues;
  submitLabel: string;
  onSubmit: (values: Required<Pick<NewPerson, 'name' | 'emails' | 'notes'>>) => Promise<unknown>;
  /** Called after a successful submit. */
  onDone?: () => void;
  onCancel?: () => void;
}

const EMPTY: PersonFormValues = { name: '', emails: [], notes: '' };

/** Addresses as people paste them: one per line, or separated by commas, semicolons or spaces. */
function splitEmails(text: string): string[] {
  return text.split(/[\s,;]+/).filter((part) => part !== '');
}

export function PersonForm({ t, idPrefix, initial, submitLabel, onSubmit, onDone, onCancel }: PersonFormProps) {
  const start = initial ?? EMPTY;
  const [name, setName] = useState(start.name);
  const [emails, setEmails] = useState(start.emails.join('\n'));
  const [notes, setNotes] = useState(start.notes);
  const action = useAction();
  const id = (field: string) => `${idPrefix}-${field}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    const saved = await action.run(() => onSubmit({ name, emails: splitEmails(emails), notes }), 'peopleErrorNoName');
    if (!saved) return;
    if (initial === undefined) {
      setName('');
      setEmails('');
      setNotes('');
    }
    onDone?.();
  };

  return (
    <form class="person-form" onSubmit={submit} noValidate>
      <Field
        id={id('name')}
        label={t('peopleNameLabel')}
        wrapper={false}
        autocomplete="off"
        ariaRequired
        maxLength={LIMITS.name}
        value={name}
        onValue={setName}
      />
      <Field
        id={id('emails')}
        label={t('peopleEmailsLabel')}
        hint={t('peopleEmailsHelp')}
        wrapper={false}
        rows={2}
        autocomplete="off"
        value={emails}
        onValue={setEmails}
      />
      <Field
        id={id('notes')}
        label={t('peopleNotesLabel')}
        hint={t('peopleNotesHelp')}
        wrapper={false}
        rows={3}
        maxLength={LIMITS.notes}
        value={notes}
        onValue={setNotes}
      />
      <Problem text={action.problem && t(action.problem)} />
      <div class="row">
        <button type="submit" disabled={action.busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="quiet" onClick={onCancel}>
            {t('peopleCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
