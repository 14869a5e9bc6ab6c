import { CHAT_SITES } from '../../../src/chip';
import { addPersonalRule, KINDS, removePersonalRule, setKindEnabled, unsilencePhrase } from '../../../src/coach';
import type { CoachPreferences } from '../../../src/coach/types';
import { sendMessage } from '../../../src/platform';
import { chatSites, coachPreferences } from '../../../src/settings/chat';
import { useSetting } from '../../../src/ui';
import { ChatSettings } from '../../../src/ui/options/ChatSettings';
import { useOptions } from '../context';

const BUILT_IN_NAMES = CHAT_SITES.map((site) => site.name);

/** Reads the stored preferences fresh, so a change made in a chat tab meanwhile is kept. */
async function changePreferences(change: (current: CoachPreferences) => CoachPreferences): Promise<void> {
  await coachPreferences.set(coachPreferences.repair(change(await coachPreferences.get())));
}

export function ChatSection() {
  const { t } = useOptions();
  const sites = useSetting(chatSites);
  const preferences = useSetting(coachPreferences);
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
      onKindChange={(kind, enabled) => void changePreferences((current) => setKindEnabled(current, kind, enabled))}
      onSuggestAgain={(phrase) => void changePreferences((current) => unsilencePhrase(current, phrase))}
      onAddRule={async (phrase, suggestions) => {
        const result = addPersonalRule(await coachPreferences.get(), { phrase, suggestions });
        if (!result.ok) return result.problem;
        await coachPreferences.set(coachPreferences.repair(result.preferences));
        return null;
      }}
      onRemoveRule={(phrase) => void changePreferences((current) => removePersonalRule(current, phrase))}
    />
  );
}
