// Today: the meetings of the next hours worth a check-in, or why there are none.
import type { Locale, Translate } from '../../i18n';
import type { CheckInActions } from './checkins';
import { MeetingCard } from './MeetingCard';
import type { TodayMeeting } from './today';

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
  onCopy: (text: string) => Promise<boolean>;
  onOpenSettings: () => void;
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
          <button type="button" class="secondary" onClick={props.onOpenSettings}>
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

/** The meetings of the next hours worth a check-in, or a warm word when there are none. */
export function TodaySection(props: TodaySectionProps) {
  return (
    <section class="today" aria-labelledby="today-heading">
      <h2 id="today-heading">{props.t('popupTodayHeading')}</h2>
      <TodayBody {...props} />
    </section>
  );
}
