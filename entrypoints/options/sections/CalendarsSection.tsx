import { useEffect, useState } from 'preact/hooks';
import { normalizeFeedUrl, removeSource, updateSource } from '../../../src/feeds';
import type { UpcomingMeeting } from '../../../src/messaging';
import { originPattern, requestOrigin, sendMessage } from '../../../src/platform';
import { feedSources, feedStatuses } from '../../../src/settings/feeds';
import { useNow, useSetting } from '../../../src/ui';
import { type AddFeedOutcome, CalendarSettings, UpcomingMeetings } from '../../../src/ui/options';
import { useOptions } from '../context';

const UPCOMING_HOURS = 7 * 24;

async function addFeed(input: string, name: string): Promise<AddFeedOutcome> {
  const normalized = normalizeFeedUrl(input);
  if (!normalized.ok) return normalized.problem;
  // Asked here, in the click, because the browser only shows the prompt during a user gesture.
  if (!(await requestOrigin(originPattern(normalized.url)))) return 'denied';
  await sendMessage('addFeed', { url: normalized.url, name });
  return 'added';
}

export function CalendarsSection() {
  const { t, locale } = useOptions();
  const now = useNow();
  const sources = useSetting(feedSources);
  const statuses = useSetting(feedStatuses);
  const [meetings, setMeetings] = useState<UpcomingMeeting[]>([]);
  const [nudges, setNudges] = useState(0);

  // The list follows every change of the calendars, their refreshes and the nudge choices.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each of these changing is a reason to ask again.
  useEffect(() => {
    if (!sources || !statuses) return;
    let live = true;
    sendMessage('upcomingMeetings', { hours: UPCOMING_HOURS }).then(
      (list) => live && setMeetings(list),
      () => live && setMeetings([]),
    );
    return () => {
      live = false;
    };
  }, [sources, statuses, nudges]);

  if (!sources || !statuses) return null;
  return (
    <>
      <CalendarSettings
        t={t}
        locale={locale}
        now={now}
        sources={sources}
        statuses={statuses}
        onAdd={addFeed}
        onImport={(name, text) => sendMessage('importCalendar', { name, text })}
        onToggle={(id, enabled) => void updateSource(id, { enabled })}
        onChange={(id, change) => void updateSource(id, change)}
        onRemove={(id) => void removeSource(id)}
        onSyncNow={() => sendMessage('syncFeeds', null).then(() => undefined)}
      />
      {sources.length > 0 && (
        <UpcomingMeetings
          t={t}
          locale={locale}
          meetings={meetings}
          onNudgeChange={(meeting, nudge) =>
            void sendMessage('setMeetingNudge', {
              meetingId: meeting.id,
              seriesId: meeting.seriesId,
              title: meeting.title,
              nudge,
            }).then(() => setNudges((count) => count + 1))
          }
        />
      )}
    </>
  );
}
