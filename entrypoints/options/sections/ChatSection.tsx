import { CHAT_SITES } from '../../../src/chip/sites';
import {
  addPersonalRule,
  type RuleProblem,
  removePersonalRule,
  setKindEnabled,
  unsilence,
} from '../../../src/coach/preferences';
import { KINDS } from '../../../src/coach/types';
import { sendMessage } from '../../../src/platform';
import { chatSites, coachPreferences } from '../../../src/settings/chat';
import { useEditableSetting, useSetting } from '../../../src/ui';
import { ChatSettings } from '../../../src/ui/options';
import { useOptions } from '../context';

const BUILT_IN_NAMES = CHAT_SITES.map((site) => site.name);

/** Adds a personal rule to the preferences as they are stored now; the reason when it cannot be added. */
async function addRule(phrase: string, suggestions: string[]): Promise<RuleProblem | null> {
  let problem: RuleProblem | null = null;
  await coachPreferences.update((current) => {
    const added = addPersonalRule(current, { phrase, suggestions });
    if (added.ok) return added.preferences;
    problem = added.problem;
    return current;
  });
  return problem;
}

export function ChatSection() {
  const { t } = useOptions();
  const sites = useSetting(chatSites);
  const [preferences, editPreferences] = useEditableSetting(coachPreferences);
  if (!sites || !preferences) return null;
  return (
    <ChatSettings
      t={t}
      builtInSites={BUILT_IN_NAMES}
      sites={sites}
      preferences={preferences}
      kinds={KINDS}
      onSiteBackOn={(host) => void sendMessage('setSiteEnabled', { url: `https://${host}/`, enabled: true })}
      onSiteOff={(origin) => void sendMessage('setSiteEnabled', { url: `${origin}/`, enabled: false })}
      onKindChange={(kind, enabled) => void editPreferences((current) => setKindEnabled(current, kind, enabled))}
      onSuggestAgain={(key) => void editPreferences((current) => unsilence(current, key))}
      onAddRule={addRule}
      onRemoveRule={(phrase) => void editPreferences((current) => removePersonalRule(current, phrase))}
    />
  );
}
