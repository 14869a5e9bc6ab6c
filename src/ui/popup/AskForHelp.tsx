// Ask for help: what would help and from whom, turned into one small request to copy.
import { useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { Person } from '../../people';
import { HELP_NEEDS, type HelpNeed, helpSentence, NEED_LABELS } from './ask-for-help';
import { CopyButton } from './CopyButton';
import { NameField } from './NameField';
import { addressee } from './names';
import { hasSlots, Slots } from './Slots';

interface AskForHelpProps {
  t: Translate;
  people: readonly Pick<Person, 'name'>[];
  onCopy: (text: string) => Promise<boolean>;
}

/** For the user themselves: pick what would help and from whom, get one small request to send. */
export function AskForHelp({ t, people, onCopy }: AskForHelpProps) {
  const [need, setNeed] = useState<HelpNeed>('task');
  const [who, setWho] = useState('');
  const sentence = helpSentence(t, need, addressee(who, people));
  return (
    <section class="ask" aria-labelledby="ask-heading">
      <h2 id="ask-heading">{t('popupAskHeading')}</h2>
      <p class="intro">{t('popupAskIntro')}</p>
      <fieldset class="needs">
        <legend>{t('popupAskNeedLabel')}</legend>
        {HELP_NEEDS.map((option) => (
          <label key={option} class="choice">
            <input
              type="radio"
              name="help-need"
              value={option}
              checked={need === option}
              onChange={() => setNeed(option)}
            />
            {t(NEED_LABELS[option])}
          </label>
        ))}
      </fieldset>
      <NameField
        id="ask-who"
        label={t('popupAskWhoLabel')}
        value={who}
        names={people.map((person) => person.name)}
        onInput={setWho}
      />
      <div class="sentence">
        <h3 id="ask-sentence-label">{t('popupAskSentenceLabel')}</h3>
        <p id="ask-sentence">
          <Slots text={sentence} />
        </p>
        <CopyButton t={t} text={sentence} onCopy={onCopy} describedBy="ask-sentence" />
      </div>
      {hasSlots(sentence) && <p class="hint">{t('popupSlotsHint')}</p>}
    </section>
  );
}
