// One meeting on Today: when, its people with what to ask them about, and a line to open with.
import { useId } from 'preact/hooks';
// The deck's words only: the coach's index would bring its detector into the popup's bundle.
import { phrasesFor } from '../../coach/phrases';
import type { Locale, Translate } from '../../i18n';
import { formatRelative, formatTime } from '../../i18n/dates';
import { CopyButton } from './CopyButton';
import type { CheckInActions, CheckInTarget } from './checkins';
import { firstName } from './names';
import { PersonRow } from './PersonRow';
import { Slots } from './Slots';
import type { MeetingAttendee, TodayMeeting } from './today';

interface MeetingCardProps extends CheckInActions {
  t: Translate;
  locale: Locale;
  now: number;
  meeting: TodayMeeting;
  onCopy: (text: string) => Promise<boolean>;
}

function targetOf(attendee: MeetingAttendee): CheckInTarget {
  return {
    key: attendee.key,
    name: attendee.name,
    how: 'meeting',
    ...(attendee.person ? { personId: attendee.person.id } : {}),
    ...(attendee.email ? { email: attendee.email } : {}),
  };
}

/** One meeting: when, with whom, what to ask them about, a line to open with. */
export function MeetingCard(props: MeetingCardProps) {
  const { t, locale, now, meeting, marks } = props;
  const only = meeting.attendees.length === 1 ? meeting.attendees[0] : undefined;
  const phrase = phrasesFor('check-in', locale, only ? firstName(only.name) : undefined)[0] ?? '';
  const phraseId = useId();
  return (
    <li class="meeting-card">
      <h3>
        <span class="swatch" style={{ background: meeting.color }} aria-hidden="true" />
        {meeting.title.trim() || t('popupMeetingUntitled')}
      </h3>
      <p class="when">
        <time dateTime={new Date(meeting.start).toISOString()}>
          {t('popupMeetingWhen', [formatTime(meeting.start, locale), formatRelative(meeting.start, now, locale)])}
        </time>
      </p>
      <ul class="people">
        {meeting.attendees.map((attendee) => (
          <PersonRow
            key={attendee.key}
            t={t}
            locale={locale}
            target={targetOf(attendee)}
            askAbout={attendee.askAbout}
            marks={marks}
            onCheckIn={props.onCheckIn}
            onUndo={props.onUndo}
          />
        ))}
      </ul>
      {phrase && (
        <div class="phrase">
          <p>
            <span class="label">{t('popupOpenWith')}:</span>{' '}
            <q id={phraseId}>
              <Slots text={phrase} />
            </q>
          </p>
          <CopyButton t={t} text={phrase} onCopy={props.onCopy} describedBy={phraseId} />
        </div>
      )}
    </li>
  );
}
