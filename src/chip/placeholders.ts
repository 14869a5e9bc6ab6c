// Placeholders in a rewrite ("Could I take [task] off your plate this week?"): the slots the
// user fills in before the message goes. Pure: texts in, ranges out. The controller selects
// the first after an accept, moves on with Tab and notes the ones still left.

/** A slot as the coach writes it: a word or a few in square brackets, on one line. */
const SLOT = /\[[^[\]\n]{1,40}\]/g;

export interface Slot {
  start: number;
  end: number;
  text: string;
}

/** Every slot in `text`, in order. */
export function slotsIn(text: string): Slot[] {
  return Array.from(text.matchAll(SLOT), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/** The slots of a rewrite (`texts`) still in the draft, in the draft's order. */
export function slotsLeft(draft: string, texts: readonly string[]): Slot[] {
  return slotsIn(draft).filter((slot) => texts.includes(slot.text));
}

/**
 * Where Tab goes from `selection`: the next slot after it, or the first one again, but
 * never the slot already selected. Null when no other slot is left: Tab is the page's.
 */
export function nextSlot(left: readonly Slot[], selection: { start: number; end: number } | null): Slot | null {
  const others = left.filter((slot) => slot.start !== selection?.start || slot.end !== selection.end);
  const from = selection?.end ?? 0;
  return others.find((slot) => slot.start >= from) ?? others[0] ?? null;
}
