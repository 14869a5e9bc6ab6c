// The user's own e-mail addresses, so Echt can tell them apart from the other attendees:
// the options page's section, and its form, which the welcome page asks with too.
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import { Field } from '../Field';

interface SelfEmailsFormProps {
  t: Translate;
  emails: readonly string[];
  onSave: (emails: string[]) => Promise<void>;
  /** The button's words: "Save" by default. */
  submitLabel?: string;
  /** Called once the addresses are stored. */
  onSaved?: () => void;
}

export function SelfEmailsForm({ t, emails, onSave, submitLabel, onSaved }: SelfEmailsFormProps) {
  const [draft, setDraft] = useState(emails.join('\n'));
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(emails.join('\n')), [emails]);

  const save = async (event: Event) => {
    event.preventDefault();
    await onSave(draft.split(/[\s,;]+/).filter(Boolean));
    setSaved(true);
    onSaved?.();
  };

  return (
    <form class="stack" onSubmit={save}>
      <Field
        id="self-emails"
        label={t('youEmailsLabel')}
        hint={t('youEmailsHelp')}
        wrapper={false}
        rows={3}
        value={draft}
        onValue={(value) => {
          setDraft(value);
          setSaved(false);
        }}
      />
      <div class="row">
        <button type="submit">{submitLabel ?? t('saveButton')}</button>
        <span role="status" class="save-state">
          {saved ? t('optionsSaved') : ''}
        </span>
      </div>
    </form>
  );
}

export function YouSettings(props: Omit<SelfEmailsFormProps, 'submitLabel' | 'onSaved'>) {
  return (
    <section class="card" aria-labelledby="you-heading">
      <h2 id="you-heading">{props.t('youHeading')}</h2>
      <SelfEmailsForm {...props} />
    </section>
  );
}
