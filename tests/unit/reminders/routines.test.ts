import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_RULES,
  EMPTY_REMINDER_STATE,
  planReminders,
  type Routine,
  type Weekday,
} from '../../../src/reminders';
import { AMSTERDAM, at, FakeWorker, meeting, NEW_YORK, rules, SYDNEY } from './helpers';

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];
const EVERY_DAY: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

function routine(time: string, days: Weekday[] = WEEKDAYS, id = 'standup'): Routine {
  return { id, label: 'Before the daily stand-up', days, time };
}

/** Runs a worker with no calendar from `from` to `until`; returns what showed, as local time and UTC instant. */
function runRoutines(timeZone: string, routines: Routine[], from: string, until: string): string[] {
  const worker = new FakeWorker(timeZone, [], rules({ routines }));
  worker.run(at(from), at(until));
  return worker.shown.map((entry, index) => `${worker.shownLocal()[index]} ${entry.at.toISOString()}`);
}

describe('routine reminders without a calendar', () => {
  it('are off until the user sets one up', () => {
    expect(DEFAULT_REMINDER_RULES.routines).toEqual([]);
    const plan = planReminders({
      now: at('2025-03-24T08:00:00+01:00'),
      timeZone: AMSTERDAM,
      meetings: [],
      rules: rules(),
      state: EMPTY_REMINDER_STATE,
    });
    expect(plan).toEqual([]);
  });

  it('show the user’s words at their time, with no people', () => {
    const plan = planReminders({
      now: at('2025-03-24T08:00:00+01:00'),
      timeZone: AMSTERDAM,
      meetings: [],
      rules: rules({ routines: [routine('09:25')] }),
      state: EMPTY_REMINDER_STATE,
    });
    expect(plan[0]).toMatchObject({
      kind: 'routine',
      id: 'routine:standup:2025-03-24',
      routineId: 'standup',
      title: 'Before the daily stand-up',
      people: [],
      fireAt: at('2025-03-24T09:25:00+01:00'),
    });
  });

  it('fire at 09:25 local on weekdays only, across the spring change in Amsterdam', () => {
    expect(
      runRoutines(AMSTERDAM, [routine('09:25')], '2025-03-27T08:00:00+01:00', '2025-04-02T12:00:00+02:00'),
    ).toEqual([
      'Thu 2025-03-27 09:25 routine:standup:2025-03-27 2025-03-27T08:25:00.000Z',
      'Fri 2025-03-28 09:25 routine:standup:2025-03-28 2025-03-28T08:25:00.000Z',
      'Mon 2025-03-31 09:25 routine:standup:2025-03-31 2025-03-31T07:25:00.000Z',
      'Tue 2025-04-01 09:25 routine:standup:2025-04-01 2025-04-01T07:25:00.000Z',
      'Wed 2025-04-02 09:25 routine:standup:2025-04-02 2025-04-02T07:25:00.000Z',
    ]);
  });

  it('fire at 09:25 local across the autumn change in Amsterdam', () => {
    expect(
      runRoutines(AMSTERDAM, [routine('09:25')], '2025-10-24T08:00:00+02:00', '2025-10-27T12:00:00+01:00'),
    ).toEqual([
      'Fri 2025-10-24 09:25 routine:standup:2025-10-24 2025-10-24T07:25:00.000Z',
      'Mon 2025-10-27 09:25 routine:standup:2025-10-27 2025-10-27T08:25:00.000Z',
    ]);
  });

  it('move a time that spring skips forward by the gap, once', () => {
    expect(
      runRoutines(AMSTERDAM, [routine('02:30', EVERY_DAY)], '2025-03-29T00:00:00+01:00', '2025-03-31T12:00:00+02:00'),
    ).toEqual([
      'Sat 2025-03-29 02:30 routine:standup:2025-03-29 2025-03-29T01:30:00.000Z',
      'Sun 2025-03-30 03:30 routine:standup:2025-03-30 2025-03-30T01:30:00.000Z',
      'Mon 2025-03-31 02:30 routine:standup:2025-03-31 2025-03-31T00:30:00.000Z',
    ]);
  });

  it('fire once, at the first of the two, for a time that autumn repeats', () => {
    expect(
      runRoutines(AMSTERDAM, [routine('02:30', EVERY_DAY)], '2025-10-25T00:00:00+02:00', '2025-10-27T12:00:00+01:00'),
    ).toEqual([
      'Sat 2025-10-25 02:30 routine:standup:2025-10-25 2025-10-25T00:30:00.000Z',
      'Sun 2025-10-26 02:30 routine:standup:2025-10-26 2025-10-26T00:30:00.000Z',
      'Mon 2025-10-27 02:30 routine:standup:2025-10-27 2025-10-27T01:30:00.000Z',
    ]);
  });

  it('fire at 09:00 local across the spring change in New York', () => {
    expect(runRoutines(NEW_YORK, [routine('09:00')], '2025-03-07T08:00:00-05:00', '2025-03-10T12:00:00-04:00')).toEqual(
      [
        'Fri 2025-03-07 09:00 routine:standup:2025-03-07 2025-03-07T14:00:00.000Z',
        'Mon 2025-03-10 09:00 routine:standup:2025-03-10 2025-03-10T13:00:00.000Z',
      ],
    );
  });

  it('fire at 09:00 local across the autumn change in Sydney, on the days picked', () => {
    const weekend: Weekday[] = [6, 7];
    expect(
      runRoutines(SYDNEY, [routine('09:00', weekend)], '2025-04-05T08:00:00+11:00', '2025-04-07T12:00:00+10:00'),
    ).toEqual([
      'Sat 2025-04-05 09:00 routine:standup:2025-04-05 2025-04-04T22:00:00.000Z',
      'Sun 2025-04-06 09:00 routine:standup:2025-04-06 2025-04-05T23:00:00.000Z',
    ]);
  });

  it('count against the daily cap together with meetings', () => {
    const meetings = ['09', '10', '11'].map((hour) => meeting(`m${hour}`, `2025-03-24T${hour}:00:00+01:00`));
    const worker = new FakeWorker(AMSTERDAM, meetings, rules({ routines: [routine('16:00')] }));
    worker.run(at('2025-03-24T07:00:00+01:00'), at('2025-03-25T18:00:00+01:00'));
    expect(worker.shown.map((entry) => entry.id)).toEqual([
      'meeting:m09',
      'meeting:m10',
      'meeting:m11',
      'routine:standup:2025-03-25',
    ]);
  });

  it('stay silent in quiet hours and while paused', () => {
    const quiet = new FakeWorker(
      AMSTERDAM,
      [],
      rules({ routines: [routine('23:30', EVERY_DAY)], quietHours: { start: '22:00', end: '07:00' } }),
    );
    quiet.run(at('2025-03-24T07:00:00+01:00'), at('2025-03-27T07:00:00+01:00'));
    expect(quiet.shown).toEqual([]);

    const paused = new FakeWorker(
      AMSTERDAM,
      [],
      rules({ routines: [routine('09:25')], pausedUntil: at('2025-03-26T00:00:00+01:00').getTime() }),
    );
    paused.run(at('2025-03-24T07:00:00+01:00'), at('2025-03-26T12:00:00+01:00'));
    expect(paused.shown.map((entry) => entry.id)).toEqual(['routine:standup:2025-03-26']);
  });
});
