// Deleting a person takes two steps: ask, then confirm. Focus moves to the safe choice.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../../i18n';
import type { Person } from '../../../people';
import { Problem } from '../Problem';
import { useAction } from './use-action';

interface DeletePersonProps {
  t: Translate;
  person: Person;
  onDelete: () => Promise<void>;
}

export function DeletePerson({ t, person, onDelete }: DeletePersonProps) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const action = useAction();
  const questionId = `delete-${person.id}-question`;

  // Into the question on the way in; back to the button that asked on the way out.
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (asked.current) ask.current?.focus();
    asked.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <div class="person-part">
        <button type="button" class="danger quiet" ref={ask} onClick={() => setAsking(true)}>
          {t('peopleDeleteAsk', [person.name])}
        </button>
      </div>
    );
  }

  return (
    <fieldset class="person-part confirm" aria-labelledby={questionId}>
      <p id={questionId}>{t('peopleDeleteQuestion', [person.name])}</p>
      <div class="row">
        <button type="button" class="danger" disabled={action.busy} onClick={() => void action.run(onDelete)}>
          {t('peopleDeleteConfirm', [person.name])}
        </button>
        <button type="button" class="quiet" ref={keep} onClick={() => setAsking(false)}>
          {t('peopleDeleteKeep')}
        </button>
      </div>
      <Problem text={action.problem && t(action.problem)} />
    </fieldset>
  );
}
