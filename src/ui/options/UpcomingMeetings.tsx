// The meetings of the coming week from every calendar, each with whether Echt will nudge
// before it: on, not for this meeting, or not for its series (or why it never would).
import type { Locale, MessageKey, Translate } from '../../i18n';
import { formatDay, formatTime } from '../../i18n/dates';
import type { NudgeChoice, UpcomingMeeting } from '../../messaging';
import { namePeople } from '../../reminders';

const SKIP_REASONS: Record<string, MessageKey> = {
  cancelled: 'skipCancelled',
  declined: 'skipDeclined',
  'all-day': 'skipAllDay',
  'multi-day': 'skipMultiDay',
  'no-others': 'skipNoOthers',
  'too-many': 'skipTooMany',
};

interface UpcomingMeetingsProps {
  t: Translate;
  locale: Locale;
  meetings: readonly UpcomingMeeting[];
  onNudgeChange: (meeting: UpcomingMeeting, nudge: NudgeChoice) => void;
}

const NUDGE_CHOICES: readonly [NudgeChoice, MessageKey][] = [
  ['on', 'nudgeOn'],
  ['meeting', 'nudgeMeetingOff'],
  ['series', 'nudgeSeriesOff'],
];

export function UpcomingMeetings({ t, locale, meetings, onNudgeChange }: UpcomingMeetingsProps) {
  return (
    <section class="card" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">{t('upcomingHeading')}</h2>
      {meetings.length === 0 ? (
        <p class="empty">{t('upcomingEmpty')}</p>
      ) : (
        <ul class="meetings">
          {meetings.map((meeting) => {
            const skip = meeting.skip ? SKIP_REASONS[meeting.skip] : undefined;
            return (
              <li key={meeting.id} class="meeting" data-skip={meeting.skip ?? undefined}>
                <span class="swatch" style={{ background: meeting.color }} aria-hidden="true" />
                <time dateTime={new Date(meeting.start).toISOString()}>
                  {formatDay(meeting.start, locale)} {formatTime(meeting.start, locale)}
                </time>{' '}
                <strong>{meeting.title}</strong>
                {meeting.people.length > 0 && (
                  <span class="people">
                    {' '}
                    {t('upcomingWith', [
                      namePeople(
                        meeting.people.map((person) => person.name),
                        locale,
                      ),
                    ])}
                  </span>
                )}
                {skip ? (
                  <span class="muted"> · {t(skip)}</span>
                ) : (
                  <select
                    class="nudge"
                    aria-label={t('nudgeLabel', [meeting.title])}
                    value={meeting.nudge}
                    onChange={(event) => {
                      const choice = NUDGE_CHOICES.find(([value]) => value === event.currentTarget.value);
                      if (choice) onNudgeChange(meeting, choice[0]);
                    }}
                  >
                    {NUDGE_CHOICES.map(([value, label]) => (
                      <option key={value} value={value}>
                        {t(label)}
                      </option>
                    ))}
                  </select>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
