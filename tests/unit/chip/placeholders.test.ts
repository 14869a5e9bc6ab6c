// Placeholders in a rewrite: found, followed through the draft, and the order Tab takes.
import { describe, expect, it } from 'vitest';
import { nextSlot, slotsIn, slotsLeft } from '../../../src/chip/placeholders';

describe('placeholders', () => {
  it('finds the slots the coach writes, in order, and nothing else in brackets', () => {
    expect(slotsIn('Could I take [task] off your plate on [day]?')).toEqual([
      { start: 13, end: 19, text: '[task]' },
      { start: 38, end: 43, text: '[day]' },
    ]);
    expect(slotsIn('Zal ik [taak] deze week van je overnemen?').map((slot) => slot.text)).toEqual(['[taak]']);
    expect(slotsIn('a [] b [\nx] c [[nested]]')).toEqual([{ start: 15, end: 23, text: '[nested]' }]);
  });

  it("follows a rewrite's slots through the draft, not the brackets the user typed", () => {
    const draft = '[wip] Could I take the report off your plate on [day]? [day]';
    expect(slotsLeft(draft, ['[task]', '[day]']).map((slot) => slot.start)).toEqual([48, 55]);
    expect(slotsLeft('Could I take the report off your plate on Friday?', ['[task]', '[day]'])).toEqual([]);
  });

  it('Tab goes to the next slot after the selection, round to the first, never to the one selected', () => {
    const left = slotsIn('[a] and [b] and [c]');
    expect(nextSlot(left, { start: 0, end: 3 })?.text).toBe('[b]');
    expect(nextSlot(left, { start: 16, end: 19 })?.text).toBe('[a]');
    expect(nextSlot(left, { start: 5, end: 5 })?.text).toBe('[b]');
    expect(nextSlot(left, null)?.text).toBe('[a]');
    expect(nextSlot(slotsIn('only [one]'), { start: 5, end: 10 })).toBeNull();
    expect(nextSlot([], { start: 0, end: 0 })).toBeNull();
  });
});
