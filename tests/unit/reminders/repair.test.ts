import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_RULES,
  dueReminders,
  EMPTY_REMINDER_STATE,
  repairRules,
  repairState,
} from '../../../src/reminders';
import { AMSTERDAM, at, meeting } from './helpers';

describe('stored rules, repaired field by field', () => {
  it('reads nothing, or something that is no object, as the defaults', () => {
    for (const stored of [undefined, null, 'rules', 42, [], [1, 2]]) {
      expect(repairRules(stored)).toEqual(DEFAULT_REMINDER_RULES);
    }
  });

  it('keeps valid rules as they are', () => {
    const custom = {
      ...DEFAULT_REMINDER_RULES,
      leadMinutes: 10,
      quietHours: { start: '22:00', end: '07:00' },
      pausedUntil: 1_742_800_000_000,
      routines: [{ id: 'r1', label: 'Stand-up', days: [1, 3], time: '09:25' }],
    };
    expect(repairRules(JSON.parse(JSON.stringify(custom)))).toEqual(custom);
  });

  it('repairs each damaged field from its default and keeps the rest', () => {
    const repaired = repairRules({
      leadMinutes: '5',
      maxMeetingSize: 4,
      skipTitleWords: ['  Focus ', 'focus', '', 7, 'Daily   walk'],
      workingDays: [5, 1, 1, 9, 'x', 3.5, 3],
      workingHours: { start: '25:00', end: '18:00' },
      quietHours: { start: '22:00' },
      dailyCap: 2,
      pausedUntil: Number.NaN,
    });
    expect(repaired).toEqual({
      ...DEFAULT_REMINDER_RULES,
      maxMeetingSize: 4,
      skipTitleWords: ['Focus', 'Daily walk'],
      workingDays: [1, 3, 5],
      dailyCap: 2,
    });
  });

  it('brings numbers out of range back within bounds', () => {
    expect(repairRules({ leadMinutes: 90, dailyCap: -1, maxMeetingSize: 1.4 })).toMatchObject({
      leadMinutes: 60,
      dailyCap: 0,
      maxMeetingSize: 2,
    });
    expect(repairRules({ leadMinutes: 4.6 }).leadMinutes).toBe(5);
  });

  it('keeps each readable routine, drops the broken ones, and gives every routine its own id', () => {
    const repaired = repairRules({
      routines: [
        { id: 'a', label: 'Stand-up', days: [1, 2], time: '09:25' },
        { id: 'a', label: 'Retro', days: [5], time: '15:00' },
        { label: 'No id', days: [3], time: '10:00' },
        { id: 'b', label: 'No days', days: [], time: '10:00' },
        { id: 'c', label: 'Bad time', days: [1], time: '9:25' },
        'not a routine',
      ],
    });
    expect(repaired.routines).toEqual([
      { id: 'a', label: 'Stand-up', days: [1, 2], time: '09:25' },
      { id: 'a-2', label: 'Retro', days: [5], time: '15:00' },
      { id: 'routine-3', label: 'No id', days: [3], time: '10:00' },
    ]);
  });
});

describe('stored state, repaired entry by entry', () => {
  it('reads nothing, or something that is no object, as empty', () => {
    for (const stored of [undefined, null, 'state', 0, []]) {
      expect(repairState(stored)).toEqual(EMPTY_REMINDER_STATE);
    }
  });

  it('keeps readable entries and leaves out the rest', () => {
    const repaired = repairState({
      handled: {
        'meeting:a': { at: 1000, outcome: 'shown', meeting: { meetingId: 'a', seriesKey: 'a', title: 'Sync' } },
        'meeting:b': { at: 1000, outcome: 'exploded' },
        'meeting:c': { at: 'yesterday', outcome: 'late' },
        'meeting:d': { at: 2000, outcome: 'late', meeting: 'broken' },
      },
      snoozed: { 'meeting:a': 3000, 'meeting:x': null },
      dismissedMeetings: { a: 4000, b: -1 },
      dismissedSeries: { s: { at: 5000 }, t: { title: 'no time' } },
      shownPerDay: { '2025-03-24': 2, yesterday: 1, '2025-03-25': -3 },
      undelivered: {
        'meeting:a': { kind: 'meeting', start: 6000, until: 7000, meetingId: 'a', attempts: 1, retryAt: 6500 },
        'routine:r:2025-03-24': {
          kind: 'routine',
          title: 'Stand-up',
          start: 6000,
          until: 9000,
          routineId: 'r',
          attempts: -2,
        },
        'meeting:z': { kind: 'party', start: 6000, until: 7000 },
        'meeting:y': { kind: 'meeting', start: 'soon', until: 7000 },
      },
    });
    expect(repaired).toEqual({
      handled: {
        'meeting:a': { at: 1000, outcome: 'shown', meeting: { meetingId: 'a', seriesKey: 'a' } },
        'meeting:d': { at: 2000, outcome: 'late' },
      },
      snoozed: { 'meeting:a': 3000 },
      dismissedMeetings: { a: 4000 },
      dismissedSeries: { s: { at: 5000 } },
      shownPerDay: { '2025-03-24': 2 },
      undelivered: {
        'meeting:a': { kind: 'meeting', start: 6000, until: 7000, attempts: 1, retryAt: 6500, meetingId: 'a' },
        // A title an older Echt could have written is not kept: content scripts can read this state.
        'routine:r:2025-03-24': {
          kind: 'routine',
          start: 6000,
          until: 9000,
          attempts: 0,
          retryAt: null,
          routineId: 'r',
        },
      },
    });
  });

  it('keeps no meeting title: the state is in storage.local, which content scripts read', () => {
    const repaired = repairState({
      handled: {
        'meeting:a': { at: 1000, outcome: 'shown', meeting: { meetingId: 'a', seriesKey: 'a', title: 'Chemo talk' } },
      },
      dismissedSeries: { a: { at: 5000, title: 'Chemo talk' } },
    });
    expect(JSON.stringify(repaired)).not.toContain('Chemo');
  });

  it('treats ids from a feed as plain keys, even "__proto__" and "constructor"', () => {
    const dismissedAt = at('2025-03-24T08:00:00+01:00').getTime();
    const stored = JSON.parse(`{"dismissedMeetings": {"__proto__": ${dismissedAt}, "constructor": ${dismissedAt}}}`);
    const state = repairState(stored);
    expect(Object.getPrototypeOf(state.dismissedMeetings)).toBe(Object.prototype);
    const meetings = ['__proto__', 'constructor', 'toString'].map((id) => meeting(id, '2025-03-24T10:00:00+01:00'));
    const decision = dueReminders({
      now: at('2025-03-24T09:55:00+01:00'),
      timeZone: AMSTERDAM,
      meetings,
      rules: DEFAULT_REMINDER_RULES,
      state,
    });
    expect(decision.show.map((reminder) => reminder.id)).toEqual(['meeting:toString']);
    expect(Object.keys(JSON.parse(JSON.stringify(decision.state)).dismissedMeetings).sort()).toEqual([
      '__proto__',
      'constructor',
    ]);
  });

  it('forgets nothing a repaired state still needs: a shown reminder stays shown', () => {
    const now = at('2025-03-24T09:55:00+01:00');
    const input = {
      now,
      timeZone: AMSTERDAM,
      meetings: [meeting('a', '2025-03-24T10:00:00+01:00')],
      rules: DEFAULT_REMINDER_RULES,
    };
    const first = dueReminders({ ...input, state: EMPTY_REMINDER_STATE });
    const damaged = { ...JSON.parse(JSON.stringify(first.state)), snoozed: 'oops', shownPerDay: null };
    const again = dueReminders({ ...input, now: at('2025-03-24T09:56:00+01:00'), state: repairState(damaged) });
    expect(first.show).toHaveLength(1);
    expect(again.show).toEqual([]);
  });
});
