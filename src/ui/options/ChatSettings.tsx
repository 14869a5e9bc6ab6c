// The chat section: where the chip runs (sites turned off or on), which kinds of phrase it
// looks for, phrases silenced, and the user's own phrases with their rewrites.
import { useState } from 'preact/hooks';
import { KIND_LABELS } from '../../chip/kind-labels';
import type { RuleProblem } from '../../coach/preferences';
import type { BuiltInKind, CoachPreferences } from '../../coach/types';
import type { MessageKey, Translate } from '../../i18n';
import type { ChatSiteSettings } from '../../settings/chat';
import { Field } from '../Field';
import { Problem } from './Problem';

const RULE_PROBLEMS: Record<RuleProblem, MessageKey> = {
  'not-a-rule': 'ruleNotARule',
  'phrase-too-short': 'rulePhraseTooShort',
  'phrase-too-long': 'rulePhraseTooLong',
  'phrase-needs-a-letter': 'rulePhraseNeedsALetter',
  'no-suggestions': 'ruleNoSuggestions',
  'too-many-suggestions': 'ruleTooManySuggestions',
  'suggestion-empty': 'ruleSuggestionEmpty',
  'suggestion-too-long': 'ruleSuggestionTooLong',
  'suggestion-repeats-phrase': 'ruleSuggestionRepeatsPhrase',
  'too-many-rules': 'ruleTooManyRules',
};

export interface ChatSettingsProps {
  t: Translate;
  /** Names of the chat apps Echt runs on by default. */
  builtInSites: readonly string[];
  sites: ChatSiteSettings;
  preferences: CoachPreferences;
  kinds: readonly BuiltInKind[];
  onSiteBackOn: (host: string) => void;
  onSiteOff: (origin: string) => void;
  onKindChange: (kind: BuiltInKind, enabled: boolean) => void;
  onSuggestAgain: (phrase: string) => void;
  /** Resolves to the problem when the rule is not valid, null when it was added. */
  onAddRule: (phrase: string, suggestions: string[]) => Promise<RuleProblem | null>;
  onRemoveRule: (phrase: string) => void;
}

/** Choices the user made, each taken back with one button: a site turned off, a phrase silenced. */
function UndoList(props: {
  items: readonly string[];
  label: (item: string) => string;
  onUndo: (item: string) => void;
}) {
  return (
    <ul class="routines">
      {props.items.map((item) => (
        <li key={item}>
          <button type="button" class="quiet" onClick={() => props.onUndo(item)}>
            {props.label(item)}
          </button>
        </li>
      ))}
    </ul>
  );
}

function PersonalRules(props: Pick<ChatSettingsProps, 't' | 'preferences' | 'onAddRule' | 'onRemoveRule'>) {
  const { t, preferences } = props;
  const [phrase, setPhrase] = useState('');
  const [suggestions, setSuggestions] = useState('');
  const [problem, setProblem] = useState<RuleProblem | null>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    const found = await props.onAddRule(
      phrase,
      suggestions.split('\n').filter((line) => line.trim()),
    );
    setProblem(found);
    if (!found) {
      setPhrase('');
      setSuggestions('');
    }
  };

  return (
    <div class="stack">
      <h3 id="rules-heading">{t('coachRulesHeading')}</h3>
      <p class="help">{t('coachRulesIntro')}</p>
      {preferences.personalRules.length === 0 ? (
        <p class="empty">{t('coachRulesNone')}</p>
      ) : (
        <ul class="routines">
          {preferences.personalRules.map((rule) => (
            <li key={rule.phrase}>
              <strong>{rule.phrase}</strong> → {rule.suggestions.join(' · ')}{' '}
              <button type="button" class="quiet" onClick={() => props.onRemoveRule(rule.phrase)}>
                {t('coachRuleRemove', [rule.phrase])}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="stack" aria-labelledby="rules-heading" onSubmit={add}>
        <Field id="rule-phrase" label={t('coachRulePhrase')} maxLength={80} value={phrase} onValue={setPhrase} />
        <Field
          id="rule-suggestions"
          label={t('coachRuleSuggestions')}
          rows={3}
          value={suggestions}
          onValue={setSuggestions}
        />
        <button type="submit">{t('coachRuleAdd')}</button>
        <Problem text={problem && t('coachRuleProblem', [t(RULE_PROBLEMS[problem])])} />
      </form>
    </div>
  );
}

export function ChatSettings(props: ChatSettingsProps) {
  const { t, sites, preferences } = props;
  return (
    <section class="card" aria-labelledby="chat-heading">
      <h2 id="chat-heading">{t('chatHeading')}</h2>
      <p class="help">{t('chatIntro')}</p>
      <p>
        {t('chatBuiltIn')} {props.builtInSites.join(', ')}.
      </p>
      <p class="help">{t('chatSiteHelp')}</p>
      {sites.disabled.length > 0 && (
        <div class="stack">
          <h3>{t('chatOffSites')}</h3>
          <UndoList items={sites.disabled} label={(host) => t('chatTurnBackOn', [host])} onUndo={props.onSiteBackOn} />
        </div>
      )}
      {sites.enabled.length > 0 && (
        <div class="stack">
          <h3>{t('chatOnSites')}</h3>
          <UndoList items={sites.enabled} label={(origin) => t('chatTurnOff', [origin])} onUndo={props.onSiteOff} />
        </div>
      )}
      <fieldset class="days">
        <legend>{t('coachKinds')}</legend>
        {props.kinds.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={!preferences.disabledKinds.includes(kind)}
              onChange={(event) => props.onKindChange(kind, event.currentTarget.checked)}
            />
            {t(KIND_LABELS[kind])}
          </label>
        ))}
      </fieldset>
      <div class="stack">
        <h3>{t('coachSilencedHeading')}</h3>
        {preferences.silenced.length === 0 ? (
          <p class="empty">{t('coachSilencedNone')}</p>
        ) : (
          <UndoList
            items={preferences.silenced}
            label={(phrase) => t('coachSuggestAgain', [phrase])}
            onUndo={props.onSuggestAgain}
          />
        )}
      </div>
      <PersonalRules t={t} preferences={preferences} onAddRule={props.onAddRule} onRemoveRule={props.onRemoveRule} />
    </section>
  );
}
