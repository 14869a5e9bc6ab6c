// The phrase deck: lines for a situation, a name filled in, each one click from the clipboard.
import { useState } from 'preact/hooks';
// The deck's words only: the coach's index would bring its detector into the popup's bundle.
import { phrasesFor } from '../../coach/phrases';
import { SITUATIONS, type Situation } from '../../coach/types';
import type { Locale, MessageKey, Translate } from '../../i18n';
import type { Person } from '../../people';
import { CopyButton } from './CopyButton';
import { NameField } from './NameField';
import { addressee } from './names';
import { hasSlots, Slots } from './Slots';

const SITUATION_LABELS: Readonly<Record<Situation, MessageKey>> = {
  'check-in': 'popupSituationCheckIn',
  'concrete-help': 'popupSituationConcreteHelp',
  listening: 'popupSituationListening',
  'no-reply-needed': 'popupSituationNoReply',
  'asking-for-help': 'popupSituationAskingForHelp',
};

interface PhraseDeckProps {
  t: Translate;
  locale: Locale;
  people: readonly Pick<Person, 'name'>[];
  onCopy: (text: string) => Promise<boolean>;
}

/** Phrases by situation, each one click from the clipboard, with a name filled in if chosen. */
export function PhraseDeck({ t, locale, people, onCopy }: PhraseDeckProps) {
  const [situation, setSituation] = useState<Situation>('check-in');
  const [name, setName] = useState('');
  const phrases = phrasesFor(situation, locale, addressee(name, people));
  return (
    <section class="phrases" aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">{t('popupPhrasesHeading')}</h2>
      <div class="field">
        <label for="phrase-situation">{t('popupSituationLabel')}</label>
        <select
          id="phrase-situation"
          value={situation}
          onChange={(event) => setSituation(event.currentTarget.value as Situation)}
        >
          {SITUATIONS.map((option) => (
            <option key={option} value={option}>
              {t(SITUATION_LABELS[option])}
            </option>
          ))}
        </select>
      </div>
      <NameField
        id="phrase-name"
        label={t('popupForLabel')}
        value={name}
        names={people.map((person) => person.name)}
        onInput={setName}
      />
      <ul class="phrase-list">
        {phrases.map((phrase, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a situation's phrases have a fixed order and repeat no text.
          <li key={index} class="phrase">
            <p id={`phrase-${index}`}>
              <Slots text={phrase} />
            </p>
            <CopyButton t={t} text={phrase} onCopy={onCopy} describedBy={`phrase-${index}`} />
          </li>
        ))}
      </ul>
      {phrases.some(hasSlots) && <p class="hint">{t('popupSlotsHint')}</p>}
    </section>
  );
}
