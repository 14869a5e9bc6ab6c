// The shape of Echt's own words in one language. `{, name}` in a phrase becomes ", Sam"
// when the draft names someone, and disappears when it does not.
import type { BuiltInKind, Kind, Situation } from '../types';

/** What the chip shows with a detection. */
export interface Phrasing {
  /** One sentence per kind: why another wording may land better. */
  readonly why: Readonly<Record<Kind, string>>;
  /** Two to four rewrites per kind; each can replace the phrase as it is. */
  readonly suggestions: Readonly<Record<BuiltInKind, readonly string[]>>;
}

/** The phrase deck: a few lines per situation. Kept apart so the chip does not carry it. */
export type Deck = Readonly<Record<Situation, readonly string[]>>;
