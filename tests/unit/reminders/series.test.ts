import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Occurrence } from '../../../src/calendar/types';
import { type MeetingInput, seriesKeyOf } from '../../../src/reminders';

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
