// The user's own e-mail addresses, so Echt can tell them apart from the other attendees.
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import { Field } from '../Field';

interface YouSettingsProps {
  t: Translate;
  emails: readonly string[];
  onSave: (emails: string[]) => Promise<void>;
}

export function YouSettings({ t, emails, onSave }: YouSettingsProps) {
  const [draft, setDraft] = useState(emails.join('\n'));
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(emails.join('\n')), [emails]);

  const save = async (event: Event) => {
    event.preventDefault();
    await onSave(draft.split(/[\s,;]+/).filter(Boolean));
    setSaved(true);
  };

  return (
    <section class="card" aria-labelledby="you-heading">
      <h2 id="you-heading">{t('youHeading')}</h2>
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
          <button type="submit">{t('saveButton')}</button>
          <span role="status" class="save-state">
            {saved ? t('optionsSaved') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
