// The welcome page's container: reads the settings the steps show and saves each step
// through the same settings, stores and worker requests the options page uses, so the
// page can be taken again at any time (options links to it) and always shows what is set.
import { useEffect, useState } from 'preact/hooks';
import { type ChipIO, startChip } from '../../src/chip';
import { compileSteps, createCoach } from '../../src/coach/engine';
import { type Locale, translator } from '../../src/i18n';
import { onStoredChange, popupShortcut, sendMessage, showTestNotification } from '../../src/platform';
import type { Routine } from '../../src/reminders';
import { language, selfEmails } from '../../src/settings';
import { feedSources } from '../../src/settings/feeds';
import { reminderRules } from '../../src/settings/reminders';
import { useEditableSetting, useLocale, useNow, useSetting } from '../../src/ui';
import { addFeedByAddress } from '../../src/ui/calendar-actions';
import { type CalendarCheck, WelcomeView } from '../../src/ui/welcome';

/** "Found 14 meetings in the next week." */
const WEEK_HOURS = 7 * 24;
/** Calendar entries that are not meetings to nudge before, so not counted as found meetings. */
const NOT_MEETINGS = new Set(['cancelled', 'all-day', 'multi-day']);

async function meetingsFound(): Promise<CalendarCheck> {
  const meetings = await sendMessage('upcomingMeetings', { hours: WEEK_HOURS });
  return { outcome: 'found', meetings: meetings.filter((meeting) => !NOT_MEETINGS.has(meeting.skip ?? '')).length };
}

async function addCalendar(url: string, name: string): Promise<CalendarCheck> {
  const before = new Set((await feedSources.get()).map((source) => source.id));
  const added = await addFeedByAddress(url, name);
  if (added.outcome !== 'added') return { outcome: added.outcome };
  if (added.status.state === 'failed') {
    // Nothing half set up is left behind: the user fixes the address and tries again.
    const failed = (await feedSources.get()).filter((source) => !before.has(source.id) && source.url === added.url);
    for (const source of failed) await sendMessage('removeFeed', { id: source.id });
    return { outcome: 'failed', status: added.status };
  }
  return meetingsFound();
}

async function importCalendar(name: string, text: string): Promise<CalendarCheck> {
  return (await sendMessage('importCalendar', { name, text })) ? meetingsFound() : { outcome: 'not-a-calendar' };
}

/**
 * The chat chip, on this page: the same chip and coach the chat tabs run, with the user's
 * preferences and texts from the worker. The worker answers that it does not run on
 * extension pages, which is right for the chat content script; here it is asked for.
 */
const practiceIO: ChipIO = {
  setup: async () => ({ ...(await sendMessage('chipSetup', null)), enabled: true }),
  // Echt's own page carries the engine itself.
  engine: async () => ({ createCoach, compileSteps }),
  knowledge: (locale) => sendMessage('coachKnowledge', { locale }),
  onChange: onStoredChange,
  silence: (key) => sendMessage('silencePhrase', { key }),
  setKindEnabled: (kind, enabled) => sendMessage('setKindEnabled', { kind, enabled }),
};

function mountPractice(signal: AbortSignal): void {
  startChip(document, practiceIO, signal).catch(() => undefined);
}

export function App() {
  const locale = useLocale();
  const now = useNow();
  const emails = useSetting(selfEmails);
  const sources = useSetting(feedSources);
  const [rules, editRules] = useEditableSetting(reminderRules);
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    void popupShortcut().then(setShortcut);
  }, []);
  useEffect(() => {
    if (locale) {
      document.documentElement.lang = locale;
      document.title = translator(locale)('welcomeTitle');
    }
  }, [locale]);

  if (!locale || !emails || !sources || !rules) return null;
  const t = translator(locale);
  return (
    <WelcomeView
      t={t}
      locale={locale}
      now={now}
      onLanguage={(chosen: Locale) => void language.set(chosen)}
      emails={emails}
      onSaveEmails={(value) => selfEmails.set(selfEmails.repair(value))}
      calendars={sources}
      onAddCalendar={addCalendar}
      onImportCalendar={importCalendar}
      routines={rules.routines}
      onRoutinesChange={(routines: Routine[]) => void editRules((current) => ({ ...current, routines }))}
      onTestNotification={() => showTestNotification(t('welcomeNudgeTitle'), t('welcomeNudgeMessage'))}
      onPracticeMount={mountPractice}
      shortcut={shortcut}
    />
  );
}
