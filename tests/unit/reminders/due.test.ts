import { describe, expect, it } from 'vitest';
import {
  dismissMeeting,
  dueReminders,
  EMPTY_REMINDER_STATE,
  nextAlarmTime,
  pauseUntil,
  planReminders,
  snoozeReminder,
} from '../../../src/reminders';
import { meetingOfReminder } from '../../../src/reminders/state';
import { AMSTERDAM, at, FakeWorker, meeting, NEW_YORK, rules } from './helpers';

const monday = (time: string) => at(`2025-03-24T${time}+01:00`);

describe('a reminder fires exactly once, never early', () => {
  it('shows each meeting’s reminder once, at its time, as the alarms ring', () => {
    const worker = new FakeWorker(
      AMSTERDAM,
      [meeting('a', '2025-03-24T10:00:00+01:00'), meeting('b', '2025-03-24T11:30:00+01:00')],
      rules(),
    );
    worker.run(monday('08:00:00'), monday('18:00:00'));
    expect(worker.shownLocal()).toEqual(['Mon 2025-03-24 09:55 meeting:a', 'Mon 2025-03-24 11:25 meeting:b']);
    expect(worker.alarm).toBeNull();
  });

  it('shows nothing a second before its time, and nothing more on later wake-ups', () => {
    const worker = new FakeWorker(AMSTERDAM, [meeting('a', '2025-03-24T10:00:00+01:00')], rules());
    expect(worker.wake(monday('09:54:59'))).toEqual([]);
    expect(worker.alarm).toEqual(monday('09:55:00'));
    expect(worker.wake(monday('09:55:00')).map((reminder) => reminder.id)).toEqual(['meeting:a']);
    expect(worker.wake(monday('09:55:00'))).toEqual([]);
    expect(worker.wake(monday('09:57:00'))).toEqual([]);
    expect(worker.shown).toHaveLength(1);
  });

  it('still shows once when the alarm rings half a minute late', () => {
    const worker = new FakeWorker(AMSTERDAM, [meeting('a', '2025-03-24T10:00:00+01:00')], rules());
    worker.run(monday('08:00:00'), monday('12:00:00'), 30_000);
    expect(worker.shownLocal()).toEqual(['Mon 2025-03-24 09:55 meeting:a']);
  });

  it('does not remind again of a meeting that moved after its reminder showed', () => {
    const worker = new FakeWorker(AMSTERDAM, [meeting('a', '2025-03-24T10:00:00+01:00')], rules());
    worker.run(monday('08:00:00'), monday('09:56:00'));
    worker.meetings = [meeting('a', '2025-03-24T15:00:00+01:00')];
    worker.run(monday('09:56:00'), monday('18:00:00'));
    expect(worker.shown.map((entry) => entry.id)).toEqual(['meeting:a']);
  });

  it('shows nothing for a meeting cancelled after it was planned', () => {
    const worker = new FakeWorker(AMSTERDAM, [meeting('a', '2025-03-24T10:00:00+01:00')], rules());
    worker.wake(monday('08:00:00'));
    worker.meetings = [meeting('a', '2025-03-24T10:00:00+01:00', { skip: 'cancelled' })];
    worker.run(monday('09:00:00'), monday('18:00:00'));
    expect(worker.shown).toEqual([]);
  });
});

describe('waking up after sleep', () => {
  const meetings = [meeting('missed', '2025-03-24T10:00:00+01:00'), meeting('coming', '2025-03-24T10:24:00+01:00')];

  it('drops a reminder missed by more than its lead time, and shows one still within it', () => {
    const worker = new FakeWorker(AMSTERDAM, meetings, rules());
    worker.wake(monday('09:00:00'));
    // Asleep from 09:00 until 10:20: the 09:55 alarm never rang.
    worker.run(monday('10:20:00'), monday('18:00:00'));
    expect(worker.shownLocal()).toEqual(['Mon 2025-03-24 10:20 meeting:coming']);
    expect(worker.state.handled['meeting:missed']?.outcome).toBe('late');
  });

  it('never shows the dropped one later, whatever wakes the worker', () => {
    const worker = new FakeWorker(AMSTERDAM, meetings, rules());
    worker.wake(monday('10:20:00'));
    worker.rules = rules({ leadMinutes: 60 });
    worker.run(monday('10:21:00'), monday('18:00:00'));
    expect(worker.shown.map((entry) => entry.id)).toEqual(['meeting:coming']);
  });

  it('shows a reminder whose meeting has not begun yet, once', () => {
    const worker = new FakeWorker(AMSTERDAM, [meeting('a', '2025-03-24T10:00:00+01:00')], rules());
    worker.run(monday('09:59:00'), monday('18:00:00'));
    expect(worker.shownLocal()).toEqual(['Mon 2025-03-24 09:59 meeting:a']);
  });

  it('cannot flood: a morning of missed meetings gives at most the daily cap', () => {
    const atTen = ['a', 'b', 'c', 'd', 'e'].map((id) => meeting(id, '2025-03-24T10:00:00+01:00'));
    const morning = ['08', '09'].map((hour) => meeting(`m${hour}`, `2025-03-24T${hour}:30:00+01:00`));
    const afternoon = meeting('pm', '2025-03-24T14:00:00+01:00');
    const worker = new FakeWorker(AMSTERDAM, [...morning, ...atTen, afternoon], rules());
    worker.wake(monday('07:00:00'));
    worker.run(monday('09:57:00'), monday('23:59:00'));
    expect(worker.shownLocal()).toEqual([
      'Mon 2025-03-24 09:57 meeting:a',
      'Mon 2025-03-24 09:57 meeting:b',
      'Mon 2025-03-24 09:57 meeting:c',
    ]);
    const outcomes = Object.values(worker.state.handled).map((entry) => entry.outcome);
    expect(outcomes.sort()).toEqual(['capped', 'capped', 'late', 'late', 'shown', 'shown', 'shown']);
  });
});

describe('the daily cap', () => {
  it('holds per local day in the user’s zone, and starts afresh the next local day', () => {
    // 19:30 and 20:30 in New York are already the next day in UTC.
    const hours = ['09', '12', '19', '20'];
    const mondayMeetings = hours.map((hour) => meeting(`mon${hour}`, `2025-03-24T${hour}:30:00-04:00`));
    const tuesday = meeting('tue', '2025-03-25T09:30:00-04:00');
    const worker = new FakeWorker(
      NEW_YORK,
      [...mondayMeetings, tuesday],
      rules({ workingHours: { start: '00:00', end: '00:00' } }),
    );
    worker.run(at('2025-03-24T06:00:00-04:00'), at('2025-03-25T18:00:00-04:00'));
    expect(worker.shownLocal()).toEqual([
      'Mon 2025-03-24 09:25 meeting:mon09',
      'Mon 2025-03-24 12:25 meeting:mon12',
      'Mon 2025-03-24 19:25 meeting:mon19',
      'Tue 2025-03-25 09:25 meeting:tue',
    ]);
  });
});

describe('quiet hours', () => {
  it('shows nothing during quiet hours that cross midnight, also when woken late into them', () => {
    const worker = new FakeWorker(
      AMSTERDAM,
      [meeting('evening', '2025-03-24T22:04:00+01:00'), meeting('morning', '2025-03-25T07:10:00+01:00')],
      rules({ workingHours: { start: '06:00', end: '23:00' }, quietHours: { start: '22:00', end: '07:00' } }),
    );
    // The 21:59 alarm rings two minutes late, when quiet hours have begun.
    worker.run(monday('20:00:00'), at('2025-03-25T12:00:00+01:00'), 120_000);
    expect(worker.shownLocal()).toEqual(['Tue 2025-03-25 07:07 meeting:morning']);
    expect(worker.state.handled['meeting:evening']?.outcome).toBe('quiet');
  });
});

describe('snooze', () => {
  const twoMeetings = [meeting('a', '2025-03-24T10:00:00+01:00'), meeting('b', '2025-03-24T11:00:00+01:00')];

  it('brings the reminder back five minutes later, once, without counting it again', () => {
    const worker = new FakeWorker(AMSTERDAM, twoMeetings, rules({ dailyCap: 2 }));
    worker.run(monday('08:00:00'), monday('09:55:00'));
    worker.state = snoozeReminder(worker.state, 'meeting:a', monday('09:55:30'));
    worker.run(monday('09:55:30'), monday('18:00:00'));
    expect(worker.shownLocal()).toEqual([
      'Mon 2025-03-24 09:55 meeting:a',
      'Mon 2025-03-24 10:00 meeting:a',
      'Mon 2025-03-24 10:55 meeting:b',
    ]);
    expect(worker.state.shownPerDay).toEqual({ '2025-03-24': 2 });
  });

  it('lets the meeting be snoozed again when it comes back', () => {
    const worker = new FakeWorker(AMSTERDAM, twoMeetings.slice(0, 1), rules());
    worker.run(monday('08:00:00'), monday('09:55:00'));
    worker.state = snoozeReminder(worker.state, 'meeting:a', monday('09:55:00'));
    worker.run(monday('09:55:00'), monday('10:00:00'));
    worker.state = snoozeReminder(worker.state, 'meeting:a', monday('10:00:00'));
    worker.run(monday('10:00:00'), monday('18:00:00'));
    expect(worker.shownLocal()).toEqual([
      'Mon 2025-03-24 09:55 meeting:a',
      'Mon 2025-03-24 10:00 meeting:a',
      'Mon 2025-03-24 10:05 meeting:a',
    ]);
  });

  it('drops a snooze that would end after the meeting did', () => {
    const short = meeting('short', '2025-03-24T10:00:00+01:00', { end: monday('10:03:00') });
    const worker = new FakeWorker(AMSTERDAM, [short], rules());
    worker.run(monday('08:00:00'), monday('09:59:00'));
    worker.state = snoozeReminder(worker.state, 'meeting:short', monday('09:59:00'));
    worker.run(monday('09:59:00'), monday('18:00:00'));
    expect(worker.shown).toHaveLength(1);
  });

  it('drops a snooze that ends in quiet hours', () => {
    const worker = new FakeWorker(
      AMSTERDAM,
      [meeting('late', '2025-03-24T22:00:00+01:00')],
      rules({ workingHours: { start: '08:00', end: '23:00' }, quietHours: { start: '22:00', end: '07:00' } }),
    );
    worker.run(monday('20:00:00'), monday('21:55:00'));
    worker.state = snoozeReminder(worker.state, 'meeting:late', monday('21:58:00'));
    worker.run(monday('21:58:00'), at('2025-03-25T09:00:00+01:00'));
    expect(worker.shown).toHaveLength(1);
  });

  it('drops a snooze slept through by more than the lead time', () => {
    const worker = new FakeWorker(
      AMSTERDAM,
      [meeting('long', '2025-03-24T10:00:00+01:00', { end: monday('12:00:00') })],
      rules(),
    );
    worker.run(monday('08:00:00'), monday('09:55:00'));
    worker.state = snoozeReminder(worker.state, 'meeting:long', monday('09:55:00'));
    worker.run(monday('10:30:00'), monday('18:00:00'));
    expect(worker.shown).toHaveLength(1);
    expect(worker.state.snoozed).toEqual({});
  });

  it('cannot snooze a reminder that was never shown', () => {
    const state = snoozeReminder(EMPTY_REMINDER_STATE, 'meeting:unknown', monday('09:00:00'));
    expect(state).toBe(EMPTY_REMINDER_STATE);
  });
});

describe('pause', () => {
  const week = ['24', '25', '26', '27', '28', '31'].map((day) =>
    meeting(`d${day}`, `2025-03-${day}T10:00:00${day === '31' ? '+02:00' : '+01:00'}`),
  );

  it('"pause for today" silences the rest of the day; tomorrow reminds again', () => {
    const worker = new FakeWorker(AMSTERDAM, week.slice(0, 2), rules());
    worker.rules = rules({ pausedUntil: pauseUntil(monday('08:00:00'), AMSTERDAM, 'today') });
    worker.run(monday('08:00:00'), at('2025-03-25T18:00:00+01:00'));
    expect(worker.shownLocal()).toEqual(['Tue 2025-03-25 09:55 meeting:d25']);
  });

  it('"pause for a week" silences seven days, ending at local midnight across the DST change', () => {
    const until = pauseUntil(monday('08:00:00'), AMSTERDAM, 'week');
    expect(new Date(until).toISOString()).toBe('2025-03-30T22:00:00.000Z');
    const worker = new FakeWorker(AMSTERDAM, week, rules({ pausedUntil: until }));
    worker.run(monday('08:00:00'), at('2025-03-31T18:00:00+02:00'));
    expect(worker.shownLocal()).toEqual(['Mon 2025-03-31 09:55 meeting:d31']);
  });

  it('a pause set while an alarm is pending keeps that alarm from showing anything', () => {
    const worker = new FakeWorker(AMSTERDAM, week.slice(0, 1), rules());
    worker.wake(monday('08:00:00'));
    expect(worker.alarm).toEqual(monday('09:55:00'));
    worker.rules = rules({ pausedUntil: pauseUntil(monday('09:00:00'), AMSTERDAM, 'today') });
    // The alarm set earlier still rings; the settings change did not re-plan.
    worker.wake(monday('09:55:00'));
    expect(worker.shown).toEqual([]);
  });
});

describe('not for this meeting / series, from a shown notification', () => {
  it('stops the series from the notification alone, even after the worker restarted', () => {
    const standups = ['24', '25'].map((day) =>
      meeting(`standup@2025-03-${day}T08:30:00Z`, `2025-03-${day}T09:30:00+01:00`, { title: 'Stand-up' }),
    );
    const worker = new FakeWorker(AMSTERDAM, [...standups, meeting('review', '2025-03-25T14:00:00+01:00')], rules());
    worker.run(monday('08:00:00'), monday('09:30:00'));
    const shownId = worker.shown[0]?.id ?? '';
    const target = meetingOfReminder(worker.state, shownId);
    expect(target).toEqual({ meetingId: 'standup@2025-03-24T08:30:00Z', seriesKey: 'standup', title: 'Stand-up' });
    if (target) worker.state = dismissMeeting(worker.state, target, 'series', monday('09:26:00'));
    worker.run(monday('09:26:00'), at('2025-03-25T18:00:00+01:00'));
    expect(worker.shown.map((entry) => entry.id)).toEqual(['meeting:standup@2025-03-24T08:30:00Z', 'meeting:review']);
  });
});

describe('a worker killed at any moment', () => {
  const meetings = [meeting('a', '2025-03-24T10:00:00+01:00'), meeting('b', '2025-03-24T14:00:00+01:00')];

  it('re-plans from stored data to the same next alarm, whenever it restarts', () => {
    const first = new FakeWorker(AMSTERDAM, meetings, rules());
    first.wake(monday('08:00:00'));
    for (const restart of ['08:00:01', '09:00:00', '09:54:59']) {
      const again = new FakeWorker(AMSTERDAM, meetings, rules());
      again.stored = first.stored;
      again.wake(monday(restart));
      expect(again.alarm).toEqual(monday('09:55:00'));
      expect(again.shown).toEqual([]);
    }
  });

  it('shows a reminder once when killed before the decision was stored', () => {
    const worker = new FakeWorker(AMSTERDAM, meetings, rules());
    worker.wake(monday('08:00:00'));
    // The alarm rings; the worker decides, then dies before storing anything.
    const lost = dueReminders({
      now: monday('09:55:00'),
      timeZone: AMSTERDAM,
      meetings,
      rules: rules(),
      state: worker.state,
    });
    expect(lost.show).toHaveLength(1);
    // Restarted a minute later from what was stored.
    worker.run(monday('09:56:00'), monday('18:00:00'));
    expect(worker.shownLocal()).toEqual(['Mon 2025-03-24 09:56 meeting:a', 'Mon 2025-03-24 13:55 meeting:b']);
  });

  it('never shows a reminder twice once its decision was stored', () => {
    const worker = new FakeWorker(AMSTERDAM, meetings, rules());
    worker.wake(monday('08:00:00'));
    const decision = dueReminders({
      now: monday('09:55:00'),
      timeZone: AMSTERDAM,
      meetings,
      rules: rules(),
      state: worker.state,
    });
    // Stored, then killed before the notification was created.
    worker.state = decision.state;
    worker.run(monday('09:55:10'), monday('18:00:00'));
    expect(worker.shown.map((entry) => entry.id)).toEqual(['meeting:b']);
  });

  it('agrees with the plan it promised: what the alarm shows is what was planned', () => {
    const input = { timeZone: AMSTERDAM, meetings, rules: rules(), state: EMPTY_REMINDER_STATE };
    const promised = planReminders({ ...input, now: monday('08:00:00') });
    const alarm = nextAlarmTime(promised);
    expect(alarm).toEqual(monday('09:55:00'));
    const decision = dueReminders({ ...input, now: alarm ?? new Date(Number.NaN) });
    expect(decision.show.map((reminder) => reminder.id)).toEqual([promised[0]?.id]);
    expect(decision.plan.map((reminder) => reminder.id)).toEqual(promised.slice(1).map((reminder) => reminder.id));
  });
});
