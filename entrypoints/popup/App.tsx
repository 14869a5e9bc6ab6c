// The popup's container: reads people memory, the calendar (through the background) and
// the reminder rules, and turns the view's callbacks into writes.
import { startOfDay } from 'date-fns';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { type Locale, type Translate, translator } from '../../src/i18n';
import type { UpcomingMeeting } from '../../src/messaging';
import { type CheckInRef, loadOverview, type PeopleOverview, type Person } from '../../src/people';
import { indexedDbWorks, isStorageFull, openOptionsPage } from '../../src/platform';
import { dueCheckIns, pauseUntil } from '../../src/reminders';
import { feedSources, feedStatuses } from '../../src/settings/feeds';
import { reminderRules, reminderState } from '../../src/settings/reminders';
import { useLocale, useNow, useSetting } from '../../src/ui';
import {
  calendarNotices,
  type DueCheckIn,
  formatPauseEnd,
  namedDueCheckIns,
  type PauseSpan,
  PopupView,
  READY_MARK,
  RENDERED_MARK,
  type StatusState,
  type TodayMeeting,
  type TodayState,
  todayMeetings,
} from '../../src/ui/popup';
import { markAfterPaint } from '../../src/ui/popup/first-frame';
import { TODAY_STEP } from '../../src/ui/popup/marks';
import { type Settled, useAnnouncer, useSettled } from './hooks';
import type { Opening } from './opening';
import { useCheckIns } from './use-check-ins';
import { useSiteToggle } from './use-site';

function todayState(
  sources: readonly { enabled: boolean }[] | null,
  meetings: Settled<UpcomingMeeting[]>,
  people: Settled<readonly Person[]>,
  due: readonly DueCheckIn[],
): TodayState {
  if (sources === null) return { state: 'loading' };
  if (!sources.some((source) => source.enabled)) return { state: 'no-calendar' };
  if (meetings === 'failed') return { state: 'failed' };
  if (meetings === 'pending' || people === 'pending') return { state: 'loading' };
  // Without people memory the meetings still show, their attendees as new colleagues.
  const dueIds = new Set(due.flatMap((entry) => (entry.meetingId ? [entry.meetingId] : [])));
  return { state: 'ready', meetings: todayMeetings(meetings.value, people === 'failed' ? [] : people.value, dueIds) };
}

/** Whether IndexedDB works, asked only once reading people memory failed: a healthy popup pays nothing. */
function useStorageProblem(peopleFailed: boolean): boolean {
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    if (peopleFailed) void indexedDbWorks().then((works) => setUnavailable(!works));
  }, [peopleFailed]);
  return unavailable;
}

/** Toggles of people already checked in with today, and that check-in (so it can be taken back). */
function checkedInToday(meetings: readonly TodayMeeting[], now: number): Map<string, CheckInRef> {
  const since = startOfDay(now).getTime();
  const refs = new Map<string, CheckInRef>();
  for (const meeting of meetings) {
    for (const { key, person } of meeting.attendees) {
      const last = person?.lastCheckIn;
      if (person && last && last.at >= since) refs.set(key, { id: last.id, personId: person.id, at: last.at });
    }
  }
  return refs;
}

async function copyText(text: string, announce: (text: string) => void, t: Translate): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    announce(t('popupCopied'));
    return true;
  } catch {
    announce(t('popupCopyFailed'));
    return false;
  }
}

export function App({ opening, firstLocale }: { opening: Opening; firstLocale: Locale }) {
  // useLocale follows later changes; until its first read, the one read before rendering holds.
  const locale = useLocale(opening.language) ?? firstLocale;
  // Moving on every minute: "in 5 minutes" stays true while the popup is open.
  const now = useNow(60_000).getTime();
  const sources = useSetting(feedSources, opening.sources);
  const rules = useSetting(reminderRules, opening.rules);
  const meetings = useSettled(opening.meetings);
  const status = useSettled(opening.status);
  const opened = useSettled(opening.people);
  // Read again after each check-in, for the count and for who is now known.
  const [reread, setReread] = useState<PeopleOverview | null>(null);
  const data = reread ?? (typeof opened === 'object' ? opened.value : null);
  const people: Settled<readonly Person[]> = data ? { value: data.people } : opened === 'failed' ? 'failed' : 'pending';
  const [announcement, announce] = useAnnouncer();
  const site = useSiteToggle(opening.todayShown);
  const t = useMemo(() => translator(locale), [locale]);
  const reminders = useSetting(reminderState, opening.state);
  const statuses = useSetting(feedStatuses, opening.statuses);
  const storageUnavailable = useStorageProblem(opened === 'failed');
  const due = namedDueCheckIns(
    reminders ? dueCheckIns(reminders, new Date(now)) : [],
    rules?.routines ?? [],
    typeof meetings === 'object' ? meetings.value : [],
  );
  const notices = [
    ...(storageUnavailable ? [t('storageUnavailable')] : []),
    ...calendarNotices(sources ?? [], statuses ?? {}, new Date(now), t, locale),
  ];

  const today = todayState(sources, meetings, people, due);
  const checkIns = useCheckIns(today.state === 'ready' ? checkedInToday(today.meetings, now) : new Map(), {
    changed: () => void loadOverview(Date.now()).then(setReread, () => undefined),
    noted: (target) => announce(t('popupCheckedInNoted', [target.name])),
    undone: (target) => announce(t('popupCheckInUndone', [target.name])),
    failed: (error) => announce(t(isStorageFull(error) ? 'storageFull' : 'popupSaveFailed')),
  });
  const ready = today.state !== 'loading' && people !== 'pending';

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useLayoutEffect(() => markAfterPaint(RENDERED_MARK), []);
  useLayoutEffect(() => {
    if (!ready) return;
    performance.mark(TODAY_STEP);
    markAfterPaint(READY_MARK);
  }, [ready]);

  const statusState: StatusState =
    status === 'pending'
      ? { state: 'loading' }
      : status === 'failed'
        ? { state: 'unavailable' }
        : { state: 'ready', status: status.value };

  const setPause = async (pausedUntil: number | null) => {
    try {
      await reminderRules.update((rules) => ({ ...rules, pausedUntil }));
      announce(pausedUntil === null ? t('popupResumed') : t('popupPausedUntil', [formatPauseEnd(pausedUntil, locale)]));
    } catch (error) {
      announce(t(isStorageFull(error) ? 'storageFull' : 'popupSaveFailed'));
    }
  };
  const pause = (span: PauseSpan) =>
    setPause(pauseUntil(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone, span));

  return (
    <PopupView
      t={t}
      locale={locale}
      now={now}
      initialTab={opening.tab}
      today={today}
      due={due}
      notices={notices}
      checkInsThisWeek={data?.checkInsThisWeek ?? null}
      // As at opening: someone just checked in with keeps their row (pressed, so a
      // mis-click can be taken back) until the popup closes.
      reconnect={typeof opened === 'object' ? opened.value.reconnect : []}
      people={data?.people ?? []}
      {...checkIns}
      pausedUntil={rules?.pausedUntil}
      status={statusState}
      announcement={announcement}
      onCopy={(text) => copyText(text, announce, t)}
      onPause={(span) => void pause(span)}
      onResume={() => void setPause(null)}
      onOpenSettings={(section) => void openOptionsPage(section)}
      site={site}
    />
  );
}
