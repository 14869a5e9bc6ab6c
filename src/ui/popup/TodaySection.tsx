// Today: first what needs the user now (check-ins whose reminder could not be shown, a
// calendar gone stale, storage that is not there), then the meetings of the next hours
// worth a check-in, or why there are none.
import type { Locale, Translate } from '../../i18n';
import { formatTime } from '../../i18n/dates';
import type { OptionsSection } from '../options/sections';
import type { CheckInActions } from './checkins';
import { MeetingCard } from './MeetingCard';
import type { DueCheckIn, TodayMeeting } from './today';

export type TodayState =
  | { state: 'loading' }
  | { state: 'no-calendar' }
  | { state: 'failed' }
  | { state: 'ready'; meetings: readonly TodayMeeting[] };

interface TodaySectionProps extends CheckInActions {
  t: Translate;
  locale: Locale;
  now: number;
  today: TodayState;
  /** Reminders Echt could not show whose check-in is still due, soonest first. */
  due?: readonly DueCheckIn[];
  /** Sentences about what keeps Echt from working fully: storage, calendars gone stale. */
  notices?: readonly string[];
  onCopy: (text: string) => Promise<boolean>;
  /** Opens the options page, at `section` when one is named. */
  onOpenSettings: (section?: OptionsSection) => void;
}

/** Due check-ins that are not a meeting listed below (a routine, or a meeting beyond the hours shown). */
function DueLines({ t, locale, today, due = [] }: TodaySectionProps) {
  const listed = new Set(today.state === 'ready' ? today.meetings.filter((m) => m.due).map((m) => m.id) : []);
  const lines = due.filter((entry) => entry.meetingId === undefined || !listed.has(entry.meetingId));
  if (lines.length === 0 && listed.size === 0) return null;
  return (
    <div class="due">
      {lines.length > 0 && (
        <ul>
          {lines.map((entry) => (
            <li key={entry.key}>
              <span class="due-mark">{t('popupCheckInDue')}</span>{' '}
              {t('popupDueRoutine', [entry.title.trim() || t('popupMeetingUntitled'), formatTime(entry.start, locale)])}
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{t('popupCheckInDueWhy')}</p>
    </div>
  );
}

function TodayBody(props: TodaySectionProps) {
  const { t, today } = props;
  switch (today.state) {
    case 'loading':
      return <p class="muted">{t('popupTodayLoading')}</p>;
    case 'failed':
      return <p class="empty">{t('popupTodayFailed')}</p>;
    case 'no-calendar':
      return (
        <div class="empty">
          <p>{t('popupTodayNoCalendar')}</p>
          <button type="button" class="secondary" onClick={() => props.onOpenSettings('calendars')}>
            {t('popupTodayConnect')}
          </button>
        </div>
      );
    case 'ready':
      if (today.meetings.length === 0) return <p class="empty">{t('popupTodayNothing')}</p>;
      return (
        <ul class="meetings">
          {today.meetings.map((meeting) => (
            <MeetingCard key={meeting.id} {...props} meeting={meeting} />
          ))}
        </ul>
      );
  }
}

/** What needs the user first, then the meetings of the next hours worth a check-in, or a warm word when there are none. */
export function TodaySection(props: TodaySectionProps) {
  return (
    <section class="today" aria-labelledby="today-heading">
      <h2 id="today-heading">{props.t('popupTodayHeading')}</h2>
      {props.notices?.map((notice) => (
        <p key={notice} class="notice" role="note">
          {notice}
        </p>
      ))}
      <DueLines {...props} />
      <TodayBody {...props} />
    </section>
  );
}
