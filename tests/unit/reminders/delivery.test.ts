// A reminder is never silently lost: one the browser refused to show is taken back and
// tried again within its grace period, once; one that cannot be shown at all waits as a
// due check-in (the badge, the popup); and a clock set far ahead and back shows nothing twice.
import { describe, expect, it } from 'vitest';
import { dueCheckIns, dueReminders, nextDueEnd } from '../../../src/reminders';
import { AMSTERDAM, at, FakeWorker, meeting, rules } from './helpers';

// Lead 10 minutes: the reminder of a 10:00 meeting is due at 09:50 and may show until 10:00.
const MEETING = meeting('sync-1', '2025-03-24T10:00:00+01:00', { title: 'Sync with Sam' });
const LATER = meeting('sync-2', '2025-03-24T11:00:00+01:00', { title: 'Catch-up with Priya' });

function worker(): FakeWorker {
  return new FakeWorker(AMSTERDAM, [MEETING, LATER], rules({ leadMinutes: 10 }));
}

describe('a reminder the browser refused to show', () => {
  it('is tried again a minute later and then shown once; the next reminder still comes, once', () => {
    const echt = worker();
    let refusals = 1;
    echt.refuses = () => refusals-- > 0;
    echt.run(at('2025-03-24T09:00:00+01:00'), at('2025-03-24T12:00:00+01:00'));
    expect(echt.refused.map((entry) => [entry.id, entry.at.toISOString()])).toEqual([
      ['meeting:sync-1', '2025-03-24T08:50:00.000Z'],
    ]);
    expect(echt.shown.map((entry) => [entry.id, entry.at.toISOString()])).toEqual([
      ['meeting:sync-1', '2025-03-24T08:51:00.000Z'],
      ['meeting:sync-2', '2025-03-24T09:50:00.000Z'],
    ]);
    // Counted once against the daily cap, and no longer due once shown.
    expect(echt.state.shownPerDay).toEqual({ '2025-03-24': 2 });
    expect(echt.state.undelivered).toEqual({});
  });

  it('is recorded as a due check-in while it waits for its next attempt', () => {
    const echt = worker();
    echt.refuses = () => true;
    echt.wake(at('2025-03-24T09:50:00+01:00'));
    expect(dueCheckIns(echt.state, at('2025-03-24T09:50:00+01:00'))).toEqual([
      {
        kind: 'meeting',
        start: at('2025-03-24T10:00:00+01:00').getTime(),
        until: at('2025-03-24T11:00:00+01:00').getTime(),
        attempts: 1,
        retryAt: at('2025-03-24T09:51:00+01:00').getTime(),
        meetingId: 'sync-1',
      },
    ]);
    expect(echt.alarm).toEqual(at('2025-03-24T09:51:00+01:00'));
  });

  it('is given up after three attempts, never shown late, and stays due until the meeting ends', () => {
    const echt = worker();
    echt.refuses = (reminder) => reminder.id === 'meeting:sync-1';
    echt.run(at('2025-03-24T09:00:00+01:00'), at('2025-03-24T12:00:00+01:00'));
    expect(echt.refused.map((entry) => entry.at.toISOString())).toEqual([
      '2025-03-24T08:50:00.000Z',
      '2025-03-24T08:51:00.000Z',
      '2025-03-24T08:52:00.000Z',
    ]);
    expect(echt.shown.map((entry) => entry.id)).toEqual(['meeting:sync-2']);
    expect(echt.state.handled['meeting:sync-1']?.outcome).toBe('failed');
    expect(dueCheckIns(echt.state, at('2025-03-24T10:30:00+01:00')).map((entry) => entry.meetingId)).toEqual([
      'sync-1',
    ]);
    expect(nextDueEnd(echt.state, at('2025-03-24T10:30:00+01:00'))).toEqual(at('2025-03-24T11:00:00+01:00'));
    expect(dueCheckIns(echt.state, at('2025-03-24T11:00:00+01:00'))).toEqual([]);
  });

  it('is not tried past its grace: a refusal half a minute before the meeting is followed by no late nudge', () => {
    const echt = new FakeWorker(AMSTERDAM, [MEETING], rules({ leadMinutes: 2 }));
    echt.refuses = (_reminder, now) => now < at('2025-03-24T10:00:00+01:00');
    echt.run(at('2025-03-24T09:59:30+01:00'), at('2025-03-24T12:00:00+01:00'));
    // No alarm for a retry that would come too late; whatever wakes the worker next drops it.
    expect(echt.alarm).toBeNull();
    echt.wake(at('2025-03-24T10:05:00+01:00'));
    expect(echt.refused).toHaveLength(1);
    expect(echt.shown).toEqual([]);
    expect(echt.state.handled['meeting:sync-1']?.outcome).toBe('late');
    expect(dueCheckIns(echt.state, at('2025-03-24T10:10:00+01:00')).map((entry) => entry.meetingId)).toEqual([
      'sync-1',
    ]);
  });

  it('brings a snoozed reminder back again when showing it again fails', () => {
    const echt = worker();
    echt.wake(at('2025-03-24T09:50:00+01:00'));
    echt.state = {
      ...echt.state,
      snoozed: { 'meeting:sync-1': at('2025-03-24T09:55:00+01:00').getTime() },
    };
    let refusals = 1;
    echt.refuses = () => refusals-- > 0;
    echt.run(at('2025-03-24T09:55:00+01:00'), at('2025-03-24T10:10:00+01:00'));
    expect(echt.shown.map((entry) => [entry.id, entry.at.toISOString()])).toEqual([
      ['meeting:sync-1', '2025-03-24T08:50:00.000Z'],
      ['meeting:sync-1', '2025-03-24T08:56:00.000Z'],
    ]);
    expect(echt.state.shownPerDay).toEqual({ '2025-03-24': 1 });
  });
});

describe('notifications blocked', () => {
  it('make no attempt: the check-in is due at once, and never shown later', () => {
    const echt = worker();
    echt.blocked = true;
    echt.run(at('2025-03-24T09:00:00+01:00'), at('2025-03-24T10:05:00+01:00'));
    expect(echt.shown).toEqual([]);
    expect(echt.refused).toEqual([]);
    const due = dueCheckIns(echt.state, at('2025-03-24T10:05:00+01:00'));
    expect(due.map((entry) => [entry.meetingId, entry.attempts, entry.retryAt])).toEqual([['sync-1', 0, null]]);
    // Unblocked: the next reminder shows; the one that was due is not shown after the fact.
    echt.blocked = false;
    echt.run(at('2025-03-24T10:06:00+01:00'), at('2025-03-24T12:00:00+01:00'));
    expect(echt.shown.map((entry) => entry.id)).toEqual(['meeting:sync-2']);
  });
});

describe('a clock set far ahead and back', () => {
  it('shows no reminder twice', () => {
    const echt = worker();
    expect(echt.wake(at('2025-03-24T09:50:00+01:00')).map((reminder) => reminder.id)).toEqual(['meeting:sync-1']);
    // A year ahead, for two wake-ups: what was decided then must not be forgotten.
    echt.wake(at('2026-03-24T09:50:00+01:00'));
    echt.wake(at('2026-03-24T10:20:00+01:00'));
    // Back to the right time, a minute later.
    expect(echt.wake(at('2025-03-24T09:51:00+01:00'))).toEqual([]);
    expect(echt.wake(at('2025-03-24T09:55:00+01:00'))).toEqual([]);
    expect(echt.state.shownPerDay['2025-03-24']).toBe(1);
  });

  it('keeps "not for this meeting" too', () => {
    const echt = worker();
    const dismissed = at('2025-03-24T09:00:00+01:00').getTime();
    echt.state = { ...echt.state, dismissedMeetings: { 'sync-1': dismissed } };
    echt.wake(at('2026-06-24T09:00:00+02:00'));
    echt.wake(at('2026-06-24T10:00:00+02:00'));
    const decision = dueReminders({
      now: at('2025-03-24T09:50:00+01:00'),
      timeZone: AMSTERDAM,
      meetings: [MEETING],
      rules: rules({ leadMinutes: 10 }),
      state: echt.state,
    });
    expect(decision.show).toEqual([]);
  });
});
