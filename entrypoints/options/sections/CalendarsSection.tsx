import { useEffect, useState } from 'preact/hooks';
import { updateSource } from '../../../src/feeds';
import type { UpcomingMeeting } from '../../../src/messaging';
import { sendMessage } from '../../../src/platform';
import { feedSources, feedStatuses } from '../../../src/settings/feeds';
import { useNow, useSetting } from '../../../src/ui';
import { addFeedByAddress } from '../../../src/ui/calendar-actions';
import { CalendarSettings, UpcomingMeetings } from '../../../src/ui/options';
import { useOptions } from '../context';

const UPCOMING_HOURS = 7 * 24;

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
        onAdd={async (url, name) => (await addFeedByAddress(url, name)).outcome}
        onImport={(name, text) => sendMessage('importCalendar', { name, text })}
        onToggle={(id, enabled) => void updateSource(id, { enabled })}
        onChange={(id, change) => void updateSource(id, change)}
        // Through the worker: a refresh under way must not write the calendar back.
        onRemove={(id) => void sendMessage('removeFeed', { id })}
        onSyncNow={() => sendMessage('syncFeeds', null).then(() => undefined)}
        onCopyAddress={(url) =>
          navigator.clipboard.writeText(url).then(
            () => true,
            () => false,
          )
        }
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
              nudge,
            }).then(() => setNudges((count) => count + 1))
          }
        />
      )}
    </>
  );
}
