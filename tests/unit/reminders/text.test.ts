import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n';
import type { PlannedReminder } from '../../../src/reminders';
import { namePeople, reminderText } from '../../../src/reminders/text';

const meeting: PlannedReminder = {
  kind: 'meeting',
  id: 'meeting:abc@2026-11-23T09:00:00Z',
  meetingId: 'abc@2026-11-23T09:00:00Z',
  seriesKey: 'abc',
  title: 'Weekly sync',
  fireAt: new Date('2026-11-23T08:55:00Z'),
  start: new Date('2026-11-23T09:00:00Z'),
  end: new Date('2026-11-23T09:30:00Z'),
  people: [
    { name: 'Sam de Vries', email: 'sam@example.com' },
    { name: 'Priya Shah', email: 'priya@example.com' },
  ],
  snoozed: false,
};

describe('reminderText', () => {
  it('names the people by first name and the local time, with the phrase and the note', () => {
    const text = reminderText(meeting, {
      t: translator('en'),
      locale: 'en',
      phrase: 'How are you really doing?',
      note: 'moving house',
    });
    expect(text.title).toMatch(/^You meet Sam and Priya at \d{2}:\d{2}$/);
    expect(text.message).toBe('How are you really doing?\nLast time: moving house');
  });

  it('speaks Dutch', () => {
    const text = reminderText(meeting, { t: translator('nl'), locale: 'nl', phrase: 'Hoe is het echt met je?' });
    expect(text.title).toMatch(/^Je ziet Sam en Priya om \d{2}:\d{2}$/);
    expect(text.message).toBe('Hoe is het echt met je?');
  });

  it('uses the routine label as the title of a routine reminder', () => {
    const routine: PlannedReminder = {
      kind: 'routine',
      id: 'routine:standup:2026-11-23',
      routineId: 'standup',
      title: 'Before the daily stand-up',
      fireAt: new Date('2026-11-23T08:25:00Z'),
      start: new Date('2026-11-23T08:25:00Z'),
      people: [],
      snoozed: false,
    };
    expect(
      reminderText(routine, { t: translator('en'), locale: 'en', phrase: 'Ask one person how their day is going.' })
        .title,
    ).toBe('Before the daily stand-up');
  });
});

describe('namePeople', () => {
  it('lists three people the way each language does', () => {
    expect(namePeople(['Sam', 'Priya', 'Lotte Jansen'], 'en')).toBe('Sam, Priya, and Lotte');
    expect(namePeople(['Sam', 'Priya', 'Lotte Jansen'], 'nl')).toBe('Sam, Priya en Lotte');
  });

  it('keeps an address whole when there is no name', () => {
    expect(namePeople(['sam@example.com'], 'en')).toBe('sam@example.com');
  });
});
