// What the calendar module gives the rest of Echt.
import type { Series } from './model';

/** A calendar feed, read once; ask it for occurrences with `occurrencesBetween`. */
export interface Calendar {
  /** The name the feed gives itself (X-WR-CALNAME), if any. */
  readonly name: string | null;
  /** One English sentence per thing that was skipped or read with a guess; empty when all was read. */
  readonly warnings: string[];
  /** The events, grouped by UID. Internal to this module: store the feed's text, not this. */
  readonly series: readonly Series[];
}

export interface Person {
  /** The name the invitation gives (CN), else the address. */
  name: string;
  /** Lower-case address without "mailto:", when the person has one. */
  email?: string;
}

export type OccurrenceStatus = 'confirmed' | 'tentative' | 'cancelled';

/** The user's own answer to the invitation; 'organizer' when they organise it; null when not invited. */
export type SelfResponse = 'accepted' | 'tentative' | 'declined' | 'delegated' | 'needs-action' | 'organizer' | null;

/** Why an occurrence is not a meeting to check in before; null when it is one. */
export type SkipReason = 'cancelled' | 'declined' | 'all-day' | 'multi-day' | 'no-others' | 'too-many';

export interface Occurrence {
  /** Stable across re-reads of the feed: the UID, plus the original start for instances of a series. */
  id: string;
  /** The UID, shared by every occurrence of a series. */
  seriesId: string;
  /** SUMMARY; empty when the event has none. */
  title: string;
  start: Date;
  end: Date;
  allDay: boolean;
  status: OccurrenceStatus;
  selfResponse: SelfResponse;
  /**
   * Organizer and attendees other than the user: no rooms, no one who declined, each once.
   * Frozen, and shared by the occurrences of one event within one result.
   */
  others: readonly Person[];
  skip: SkipReason | null;
}

export interface OccurrenceQuery {
  /** Occurrences starting at or after this instant... */
  from: Date;
  /** ...and before this one. */
  to: Date;
  /** The user's addresses, in any case, with or without "mailto:". */
  self: string[];
  /** The user's IANA zone: floating times and all-day events are read in it. */
  timeZone: string;
  /** Meetings with more people than this, the user included, are skipped as 'too-many'. Default 8. */
  maxPeople?: number;
}

/** How much one query may take: at most `occurrences`, and `ms` as measured on `clock`. */
export interface Budget {
  occurrences: number;
  ms: number;
  /** Milliseconds, e.g. `performance.now`; passed in so the module stays free of the clock. */
  clock: () => number;
}

/** Why a query within a budget stopped early. */
export type BudgetCut = 'occurrences' | 'time';
