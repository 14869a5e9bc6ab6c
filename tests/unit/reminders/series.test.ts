import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Occurrence } from '../../../src/calendar/types';
import {
  dismissMeeting,
  EMPTY_REMINDER_STATE,
  isDismissed,
  type MeetingInput,
  restoreMeeting,
  seriesKeyOf,
} from '../../../src/reminders';

describe('the series an occurrence belongs to', () => {
  it('is the calendar’s series id when it gives one', () => {
    expect(seriesKeyOf({ id: 'x@2025-03-24T09:00:00.000Z', seriesId: 'weekly-sync' })).toBe('weekly-sync');
  });

  it('is the uid before the instant in "<uid>@<instant>", also when the uid holds an @', () => {
    expect(seriesKeyOf({ id: 'weekly-sync@2025-03-24T09:00:00.000Z' })).toBe('weekly-sync');
    expect(seriesKeyOf({ id: '4f1c2@google.com@2025-03-24T09:00:00Z' })).toBe('4f1c2@google.com');
    expect(seriesKeyOf({ id: '4f1c2@google.com@20250324T090000Z' })).toBe('4f1c2@google.com');
    expect(seriesKeyOf({ id: 'holiday@2025-03-24' })).toBe('holiday');
  });

  it('is the id itself for a single event', () => {
    expect(seriesKeyOf({ id: '4f1c2@google.com' })).toBe('4f1c2@google.com');
    expect(seriesKeyOf({ id: 'single' })).toBe('single');
  });

  it('lets the calendar’s occurrences be passed as meetings as they are', () => {
    expectTypeOf<Occurrence>().toExtend<MeetingInput>();
  });
});

describe('restoreMeeting', () => {
  it('brings the nudge back for a meeting turned off alone or with its series', () => {
    const now = new Date('2026-11-23T09:00:00Z');
    const meeting = { meetingId: 'weekly@2026-11-23T10:00:00Z', seriesKey: 'weekly', title: 'Weekly' };
    const off = dismissMeeting(dismissMeeting(EMPTY_REMINDER_STATE, meeting, 'meeting', now), meeting, 'series', now);
    expect(isDismissed(off, meeting)).toBe(true);
    const back = restoreMeeting(off, meeting);
    expect(isDismissed(back, meeting)).toBe(false);
    expect(back.dismissedMeetings).toEqual({});
    expect(back.dismissedSeries).toEqual({});
  });
});
