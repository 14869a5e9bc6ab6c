import { describe, expect, it } from 'vitest';
import { type AskAbout, askAboutDue, type Person, reconnectSuggestions } from '../../../src/people';
import { at } from './helpers';

function person(name: string, fields: Partial<Person> = {}): Person {
  return { id: name, name, emails: [], notes: '', askAbout: [], addedAt: at(2026, 1, 1), ...fields };
}

function item(id: string, date: string | undefined, done = false): AskAbout {
  return { id, text: id, done, createdAt: 0, ...(date === undefined ? {} : { date }) };
}

describe('reconnectSuggestions', () => {
  const lastCheckIn = (when: number) => ({ id: 'c', at: when, how: 'chat' as const });

  it('suggests people not checked in with for the global number of weeks', () => {
    const people = [
      person('Recent', { lastCheckIn: lastCheckIn(at(2026, 3, 1)) }),
      person('Long ago', { lastCheckIn: lastCheckIn(at(2026, 1, 20)) }),
    ];
    const now = at(2026, 3, 10);
    expect(reconnectSuggestions(people, now, 4).map((s) => s.person.name)).toEqual(['Long ago']);
    expect(reconnectSuggestions(people, now, 1).map((s) => s.person.name)).toEqual(['Long ago', 'Recent']);
  });

  it('counts never-contacted people from when they were added', () => {
    const people = [person('New', { addedAt: at(2026, 3, 1) }), person('Older', { addedAt: at(2026, 1, 1) })];
    const [suggestion, ...rest] = reconnectSuggestions(people, at(2026, 3, 10), 4);
    expect(rest).toEqual([]);
    expect(suggestion).toMatchObject({ since: at(2026, 1, 1), dueAt: at(2026, 1, 29) });
  });

  it('lets a person have their own interval, or none', () => {
    const people = [
      person('Every week', { reconnectWeeks: 1, lastCheckIn: lastCheckIn(at(2026, 3, 1)) }),
      person('Never', { reconnectWeeks: 'off' }),
      person('Default', { lastCheckIn: lastCheckIn(at(2026, 3, 1)) }),
    ];
    expect(reconnectSuggestions(people, at(2026, 3, 10), 4).map((s) => s.person.name)).toEqual(['Every week']);
  });

  it('puts whoever has waited longest first', () => {
    const people = [person('B', { addedAt: at(2026, 1, 10) }), person('A', { addedAt: at(2026, 1, 2) })];
    expect(reconnectSuggestions(people, at(2026, 6, 1), 4).map((s) => s.person.name)).toEqual(['A', 'B']);
  });

  it('is due on the same clock time weeks later, across a change to or from summer time', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Brussels';
    try {
      // Summer time begins on 29 March 2026 and ends on 25 October 2026 in Brussels.
      for (const [checkedIn, due] of [
        [new Date(2026, 2, 2, 9), new Date(2026, 2, 30, 9)],
        [new Date(2026, 9, 5, 9), new Date(2026, 10, 2, 9)],
      ] as const) {
        const people = [person('Sam', { lastCheckIn: lastCheckIn(checkedIn.getTime()) })];
        expect(reconnectSuggestions(people, due.getTime() - 1, 4)).toEqual([]);
        expect(reconnectSuggestions(people, due.getTime(), 4).map((s) => s.dueAt)).toEqual([due.getTime()]);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('does not change the people it was given', () => {
    const people = Object.freeze([Object.freeze(person('B')), Object.freeze(person('A'))]);
    expect(() => reconnectSuggestions(people, at(2026, 6, 1), 4)).not.toThrow();
  });
});

describe('askAboutDue', () => {
  const now = at(2026, 3, 10, 18);
  const sam = person('Sam', {
    askAbout: [
      item('surgery', '2026-03-12'),
      item('today', '2026-03-10'),
      item('how did it go', '2026-03-03'),
      item('long past', '2026-01-10'),
      item('far ahead', '2026-05-01'),
      item('undated', undefined),
      item('done', '2026-03-11', true),
    ],
  });

  it('gives open dated items from two weeks back to a week ahead, earliest first', () => {
    expect(askAboutDue([sam], now).map(({ item: due, daysAway }) => [due.id, daysAway])).toEqual([
      ['how did it go', -7],
      ['today', 0],
      ['surgery', 2],
    ]);
  });

  it('takes the window as a parameter', () => {
    const due = askAboutDue([sam], now, { daysAhead: 60, daysBehind: 0 });
    expect(due.map(({ item: found }) => found.id)).toEqual(['today', 'surgery', 'far ahead']);
  });
});
