// The shapes of people memory as the rest of Echt sees them. Everything here was typed
// by the user into Echt's own forms; no chat message text is ever stored.

/** How a check-in happened; a small set so the log stays easy to read back. */
export const CHECK_IN_HOWS = ['meeting', 'chat', 'coffee', 'call', 'other'] as const;
export type CheckInHow = (typeof CHECK_IN_HOWS)[number];

/** Upper bounds on what the forms accept; the UI uses them for `maxLength`. */
export const LIMITS = {
  id: 100,
  name: 120,
  email: 254,
  emailsPerPerson: 20,
  notes: 10_000,
  askAboutText: 200,
  askAboutPerPerson: 200,
  checkInNote: 140,
  reconnectWeeks: 104,
} as const;

/** Something to ask about later: "surgery on 12 March", "daughter's exams". */
export interface AskAbout {
  readonly id: string;
  readonly text: string;
  /** A calendar day, ISO `yyyy-mm-dd`, read in the user's time zone. */
  readonly date?: string;
  readonly done: boolean;
  /** When the user added it, ms since epoch. */
  readonly createdAt: number;
}

/** Weeks without contact before Echt suggests reconnecting; 'off' never suggests. */
export type ReconnectWeeks = number | 'off';

/** What the user keeps about a colleague: exactly what an export carries. */
export interface PersonData {
  readonly id: string;
  readonly name: string;
  /** Normalised: lower case, no `mailto:`; unique across people. */
  readonly emails: readonly string[];
  readonly notes: string;
  readonly askAbout: readonly AskAbout[];
  /** When the person was added, ms since epoch; the start of the reconnect clock. */
  readonly addedAt: number;
  /** Overrides the global reconnect interval for this person. */
  readonly reconnectWeeks?: ReconnectWeeks;
}

/** The newest check-in with a person, kept on the person so nothing reads the log to show it. */
export interface LastCheckIn {
  readonly id: string;
  readonly at: number;
  readonly how: CheckInHow;
  readonly note?: string;
}

export interface Person extends PersonData {
  /** Derived from the log on every write; absent when there has been no check-in. */
  readonly lastCheckIn?: LastCheckIn;
}

/** One entry of the check-in log. */
export interface CheckIn {
  readonly id: string;
  readonly personId: string;
  /** When it happened, ms since epoch. */
  readonly at: number;
  readonly how: CheckInHow;
  /** One line, at most `LIMITS.checkInNote` characters. */
  readonly note?: string;
}

/** Enough to find one check-in in the store. */
export type CheckInRef = Pick<CheckIn, 'id' | 'personId' | 'at'>;
