import { describe, expect, it } from 'vitest';
import {
  dismissMeeting,
  EMPTY_REMINDER_STATE,
  type MeetingInput,
  nextAlarmTime,
  type PlannedReminder,
  planReminders,
  type ReminderRules,
  type ReminderState,
} from '../../../src/reminders';
import { AMSTERDAM, at, local, meeting, NEW_YORK, people, rules } from './helpers';

interface PlanOptions {
  now: string;
  meetings: MeetingInput[];
  rules?: Partial<ReminderRules>;
  state?: ReminderState;
  timeZone?: string;
}

function plan(options: PlanOptions): PlannedReminder[] {
  return planReminders({
    now: at(options.now),
    timeZone: options.timeZone ?? AMSTERDAM,
    meetings: options.meetings,
    rules: rules(options.rules),
    state: options.state ?? EMPTY_REMINDER_STATE,
  });
}

/** The plan as the user would read it: local fire time and reminder id. */
function readable(reminders: PlannedReminder[], timeZone = AMSTERDAM): string[] {
  return reminders.map((reminder) => `${local(reminder.fireAt, timeZone)} ${reminder.id}`);
}

describe('planning meeting reminders', () => {
  it('plans one reminder five minutes before a meeting, naming the people', () => {
    const [reminder, ...rest] = plan({
      now: '2025-03-24T08:00:00+01:00',
      meetings: [meeting('sync@2025-03-24T09:00:00Z', '2025-03-24T10:00:00+01:00')],
    });
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({
      kind: 'meeting',
      id: 'meeting:sync@2025-03-24T09:00:00Z',
      meetingId: 'sync@2025-03-24T09:00:00Z',
      seriesKey: 'sync',
      title: 'Project sync',
      people: [{ name: 'Sam', email: 'sam@example.org' }],
      snoozed: false,
    });
    expect(local(reminder?.fireAt ?? new Date(Number.NaN), AMSTERDAM)).toBe('Mon 2025-03-24 09:55');
    expect(reminder?.start).toEqual(at('2025-03-24T10:00:00+01:00'));
  });

  it('uses the lead time the user chose', () => {
    const reminders = plan({
      now: '2025-03-24T08:00:00+01:00',
      meetings: [meeting('a', '2025-03-24T10:00:00+01:00')],
      rules: { leadMinutes: 15 },
    });
    expect(readable(reminders)).toEqual(['Mon 2025-03-24 09:45 meeting:a']);
  });

  it('sorts by fire time and never plans before now', () => {
    const reminders = plan({
      now: '2025-03-24T09:57:00+01:00',
      meetings: [
        meeting('later', '2025-03-24T14:00:00+01:00'),
        meeting('begun', '2025-03-24T09:50:00+01:00'),
        meeting('soon', '2025-03-24T11:00:00+01:00'),
        meeting('now', '2025-03-24T10:00:00+01:00'),
      ],
    });
    expect(readable(reminders)).toEqual([
      'Mon 2025-03-24 09:57 meeting:now',
      'Mon 2025-03-24 10:55 meeting:soon',
      'Mon 2025-03-24 13:55 meeting:later',
    ]);
  });

  it('keeps 10:00 meetings at 09:55 local on both sides of the spring change in Amsterdam', () => {
    const reminders = plan({
      now: '2025-03-28T08:00:00+01:00',
      meetings: [
        meeting('fri', '2025-03-28T10:00:00+01:00'),
        meeting('sun', '2025-03-30T10:00:00+02:00'),
        meeting('mon', '2025-03-31T10:00:00+02:00'),
      ],
    });
    expect(readable(reminders)).toEqual(['Fri 2025-03-28 09:55 meeting:fri', 'Mon 2025-03-31 09:55 meeting:mon']);
    expect(reminders.map((reminder) => reminder.fireAt.toISOString())).toEqual([
      '2025-03-28T08:55:00.000Z',
      '2025-03-31T07:55:00.000Z',
    ]);
  });

  it('counts the lead in real minutes across the hour that spring skips', () => {
    const reminders = plan({
      now: '2025-03-30T00:30:00+01:00',
      meetings: [meeting('early', '2025-03-30T03:02:00+02:00')],
      rules: { workingDays: [1, 2, 3, 4, 5, 6, 7], workingHours: { start: '00:00', end: '00:00' } },
    });
    expect(readable(reminders)).toEqual(['Sun 2025-03-30 01:57 meeting:early']);
  });

  it('places reminders in the hour autumn repeats by the instant, once each', () => {
    const reminders = plan({
      now: '2025-10-26T01:00:00+02:00',
      meetings: [
        meeting('first-half-past-two', '2025-10-26T02:30:00+02:00'),
        meeting('second-half-past-two', '2025-10-26T02:30:00+01:00'),
      ],
      rules: { workingDays: [7], workingHours: { start: '00:00', end: '00:00' } },
    });
    expect(reminders.map((reminder) => [reminder.id, reminder.fireAt.toISOString()])).toEqual([
      ['meeting:first-half-past-two', '2025-10-26T00:25:00.000Z'],
      ['meeting:second-half-past-two', '2025-10-26T01:25:00.000Z'],
    ]);
  });

  it('keeps 09:00 meetings at 08:55 local across the spring change in New York', () => {
    const reminders = plan({
      timeZone: NEW_YORK,
      now: '2025-03-07T07:00:00-05:00',
      meetings: [meeting('fri', '2025-03-07T09:00:00-05:00'), meeting('mon', '2025-03-10T09:00:00-04:00')],
    });
    expect(readable(reminders, NEW_YORK)).toEqual([
      'Fri 2025-03-07 08:55 meeting:fri',
      'Mon 2025-03-10 08:55 meeting:mon',
    ]);
    expect(reminders.map((reminder) => reminder.fireAt.toISOString())).toEqual([
      '2025-03-07T13:55:00.000Z',
      '2025-03-10T12:55:00.000Z',
    ]);
  });
});

describe('which meetings get a reminder', () => {
  const monday = '2025-03-24T07:00:00+01:00';

  it('only meetings starting on working days within working hours, read on the user’s clock', () => {
    const meetings = [
      meeting('too-early', '2025-03-24T07:30:00+01:00'),
      meeting('first', '2025-03-24T08:00:00+01:00'),
      meeting('last', '2025-03-24T17:59:00+01:00'),
      meeting('closing-time', '2025-03-24T18:00:00+01:00'),
      meeting('saturday', '2025-03-29T10:00:00+01:00'),
    ];
    expect(plan({ now: monday, meetings }).map((reminder) => reminder.id)).toEqual(['meeting:first', 'meeting:last']);
  });

  it('judges working hours in the user’s zone, not the machine’s', () => {
    const evening = [meeting('call', '2025-03-24T17:30:00Z')];
    expect(plan({ now: '2025-03-24T12:00:00Z', meetings: evening })).toEqual([]);
    expect(plan({ now: '2025-03-24T12:00:00Z', meetings: evening, timeZone: NEW_YORK })).toHaveLength(1);
  });

  it('follows the working days the user picked', () => {
    const reminders = plan({
      now: monday,
      meetings: [meeting('thu', '2025-03-27T10:00:00+01:00'), meeting('fri', '2025-03-28T10:00:00+01:00')],
      rules: { workingDays: [1, 2, 3, 4] },
    });
    expect(reminders.map((reminder) => reminder.id)).toEqual(['meeting:thu']);
  });

  it('accepts working hours across midnight for a night shift', () => {
    const reminders = plan({
      now: monday,
      meetings: [meeting('night', '2025-03-24T23:00:00+01:00'), meeting('noon', '2025-03-24T12:00:00+01:00')],
      rules: { workingHours: { start: '22:00', end: '06:00' } },
    });
    expect(reminders.map((reminder) => reminder.id)).toEqual(['meeting:night']);
  });

  it('skips titles holding a skip word as a whole word, in any case, English or Dutch', () => {
    const titles = {
      'Focus time': false,
      'Team LUNCH': false,
      'OOO – Sam': false,
      'Out of   office': false,
      Vrij: false,
      'Focustijd (blok)': false,
      'Lunchroom redesign': true,
      Vrijdagborrel: true,
      'Refocus plan': true,
    };
    const meetings = Object.keys(titles).map((title, index) =>
      meeting(`m${index}`, `2025-03-24T1${index % 8}:00:00+01:00`, { title }),
    );
    const reminded = new Set(
      plan({ now: monday, meetings, rules: { dailyCap: 20 } }).map((reminder) => reminder.title),
    );
    expect(Object.fromEntries(Object.keys(titles).map((title) => [title, reminded.has(title)]))).toEqual(titles);
  });

  it('takes words with punctuation literally', () => {
    const meetings = [meeting('prep', '2025-03-24T10:00:00+01:00', { title: '1:1 prep (Sam)' })];
    expect(plan({ now: monday, meetings, rules: { skipTitleWords: ['1:1 prep'] } })).toEqual([]);
    expect(plan({ now: monday, meetings, rules: { skipTitleWords: ['1.1'] } })).toHaveLength(1);
  });

  it('reminds of meetings with one to seven colleagues by default', () => {
    const meetings = [
      meeting('alone', '2025-03-24T10:00:00+01:00', { others: [] }),
      meeting('seven', '2025-03-24T11:00:00+01:00', { others: people(7) }),
      meeting('eight', '2025-03-24T12:00:00+01:00', { others: people(8) }),
    ];
    expect(plan({ now: monday, meetings }).map((reminder) => reminder.id)).toEqual(['meeting:seven']);
  });

  it('judges the size against the user’s own maximum, whatever size the calendar assumed', () => {
    const big = meeting('big', '2025-03-24T10:00:00+01:00', { others: people(9), skip: 'too-many' });
    expect(plan({ now: monday, meetings: [big], rules: { maxMeetingSize: 12 } })).toHaveLength(1);
    expect(plan({ now: monday, meetings: [big] })).toEqual([]);
  });

  it('skips what the calendar says is not a meeting to check in before', () => {
    const meetings = ['cancelled', 'declined', 'all-day', 'multi-day'].map((skip, index) =>
      meeting(skip, `2025-03-24T1${index}:00:00+01:00`, { skip }),
    );
    expect(plan({ now: monday, meetings })).toEqual([]);
  });

  it('plans one reminder for an occurrence that two feeds both list', () => {
    const copy = meeting('weekly@2025-03-24T09:00:00Z', '2025-03-24T10:00:00+01:00');
    expect(plan({ now: monday, meetings: [copy, { ...copy, others: [...copy.others] }] })).toHaveLength(1);
  });

  it('plans none when one feed says the user declined it', () => {
    const copy = meeting('weekly@2025-03-24T09:00:00Z', '2025-03-24T10:00:00+01:00');
    expect(plan({ now: monday, meetings: [copy, { ...copy, skip: 'declined' }] })).toEqual([]);
  });
});

describe('not for this meeting, not for this series', () => {
  const now = at('2025-03-24T07:00:00+01:00');
  const series = [
    meeting('standup@2025-03-24T08:30:00Z', '2025-03-24T09:30:00+01:00', { title: 'Stand-up' }),
    meeting('standup@2025-03-25T08:30:00Z', '2025-03-25T09:30:00+01:00', { title: 'Stand-up' }),
  ];
  const other = meeting('review', '2025-03-24T14:00:00+01:00');
  const input = { now, timeZone: AMSTERDAM, meetings: [...series, other], rules: rules() };
  const [first] = planReminders({ ...input, state: EMPTY_REMINDER_STATE }).filter((r) => r.kind === 'meeting');

  it('"not for this meeting" drops only that occurrence', () => {
    if (first?.kind !== 'meeting') throw new Error('expected a meeting reminder');
    const state = dismissMeeting(EMPTY_REMINDER_STATE, first, 'meeting', now);
    expect(planReminders({ ...input, state }).map((reminder) => reminder.id)).toEqual([
      'meeting:review',
      'meeting:standup@2025-03-25T08:30:00Z',
    ]);
  });

  it('"not for this series" drops every occurrence of it, and nothing else', () => {
    if (first?.kind !== 'meeting') throw new Error('expected a meeting reminder');
    const state = dismissMeeting(EMPTY_REMINDER_STATE, first, 'series', now);
    expect(planReminders({ ...input, state }).map((reminder) => reminder.id)).toEqual(['meeting:review']);
    expect(state.dismissedSeries).toEqual({ standup: { at: now.getTime() } });
  });
});

describe('the daily cap in the plan', () => {
  const day = ['09', '10', '11', '13', '15'].map((hour) => meeting(`m${hour}`, `2025-03-24T${hour}:00:00+01:00`));
  const nextDay = ['09', '10', '11', '13'].map((hour) => meeting(`t${hour}`, `2025-03-25T${hour}:00:00+01:00`));

  it('plans at most three a day, the first three of each day', () => {
    const reminders = plan({ now: '2025-03-24T07:00:00+01:00', meetings: [...day, ...nextDay] });
    expect(reminders.map((reminder) => reminder.id)).toEqual([
      'meeting:m09',
      'meeting:m10',
      'meeting:m11',
      'meeting:t09',
      'meeting:t10',
      'meeting:t11',
    ]);
  });

  it('counts what was already shown today', () => {
    const state = { ...EMPTY_REMINDER_STATE, shownPerDay: { '2025-03-24': 2 } };
    const reminders = plan({ now: '2025-03-24T07:00:00+01:00', meetings: day, state });
    expect(reminders.map((reminder) => reminder.id)).toEqual(['meeting:m09']);
  });
});

describe('quiet hours and pause in the plan', () => {
  it('plans nothing inside quiet hours that cross midnight', () => {
    const reminders = plan({
      now: '2025-03-24T05:00:00+01:00',
      meetings: [
        meeting('before-seven', '2025-03-24T07:02:00+01:00'),
        meeting('after-seven', '2025-03-24T07:10:00+01:00'),
        meeting('late-evening', '2025-03-24T22:30:00+01:00'),
        meeting('evening', '2025-03-24T21:30:00+01:00'),
      ],
      rules: {
        workingHours: { start: '06:00', end: '23:00' },
        quietHours: { start: '22:00', end: '07:00' },
      },
    });
    expect(readable(reminders)).toEqual([
      'Mon 2025-03-24 07:05 meeting:after-seven',
      'Mon 2025-03-24 21:25 meeting:evening',
    ]);
  });

  it('plans nothing before a pause ends', () => {
    const reminders = plan({
      now: '2025-03-24T07:00:00+01:00',
      meetings: [meeting('mon', '2025-03-24T10:00:00+01:00'), meeting('tue', '2025-03-25T10:00:00+01:00')],
      rules: { pausedUntil: at('2025-03-25T00:00:00+01:00').getTime() },
    });
    expect(reminders.map((reminder) => reminder.id)).toEqual(['meeting:tue']);
  });
});

describe('the plan and its input', () => {
  it('leaves the given dates and state as they were, and hands out its own dates', () => {
    const start = at('2025-03-24T10:00:00+01:00');
    const given = meeting('a', start.toISOString());
    const state: ReminderState = { ...EMPTY_REMINDER_STATE, shownPerDay: { '2025-03-24': 1 } };
    const snapshot = JSON.stringify({ given, state });
    const [reminder] = plan({ now: '2025-03-24T07:00:00+01:00', meetings: [given], state });
    reminder?.start.setTime(0);
    reminder?.fireAt.setTime(0);
    expect(JSON.stringify({ given, state })).toBe(snapshot);
    expect(given.start.getTime()).toBe(start.getTime());
  });

  it('gives the next alarm as the earliest fire time, or none', () => {
    const reminders = plan({
      now: '2025-03-24T07:00:00+01:00',
      meetings: [meeting('b', '2025-03-24T11:00:00+01:00'), meeting('a', '2025-03-24T10:00:00+01:00')],
    });
    expect(nextAlarmTime(reminders)).toEqual(at('2025-03-24T09:55:00+01:00'));
    expect(nextAlarmTime([])).toBeNull();
  });

  it('reads an unknown zone as UTC instead of failing', () => {
    const reminders = plan({
      timeZone: 'Mars/Olympus_Mons',
      now: '2025-03-24T07:00:00Z',
      meetings: [meeting('a', '2025-03-24T10:00:00Z')],
    });
    expect(reminders.map((reminder) => reminder.fireAt.toISOString())).toEqual(['2025-03-24T09:55:00.000Z']);
  });
});
