// People memory at a glance: everyone, whom to reconnect with, what to ask about soon and
// this week's check-ins, in one read-only transaction that never reads the whole log:
// people carry their newest check-in, everyone is one summary record the writes keep
// (summary.ts), and "this week" is a count over a key range of the time-ordered log. The
// toolbar popup reads it when it opens.
import type { Day } from 'date-fns';
import { type EarlyOverview, takeOverviewEarly, thisWeek } from './early';
import {
  type AskAboutWindow,
  askAboutDue,
  DEFAULT_ASK_ABOUT_WINDOW,
  DEFAULT_RECONNECT_WEEKS,
  type DueAskAbout,
  type ReconnectSuggestion,
  reconnectSuggestions,
} from './reconnect';
import { read } from './store';
import type { Person } from './types';

export interface OverviewOptions {
  /** The user's global reconnect interval. */
  reconnectWeeks?: number;
  askAboutWindow?: AskAboutWindow;
  /** First day of the week for "this week": 1 is Monday. */
  weekStartsOn?: Day;
}

export interface PeopleOverview {
  /** Everyone, sorted by name. */
  people: Person[];
  reconnect: ReconnectSuggestion[];
  askAboutDue: DueAskAbout[];
  /** Check-ins logged for this calendar week. */
  checkInsThisWeek: number;
  /** Damaged person records left out. */
  skipped: number;
}

async function readOverview(weekStart: number, weekEnd: number): Promise<EarlyOverview> {
  const [loaded, checkInsThisWeek] = await read((tx) =>
    Promise.all([tx.peopleAtOnce(), tx.countCheckIns(weekStart, weekEnd)]),
  );
  return { people: loaded.items, repaired: loaded.repaired, skipped: loaded.skipped, checkInsThisWeek };
}

export async function loadOverview(now: number, options: OverviewOptions = {}): Promise<PeopleOverview> {
  const { weekStart, weekEnd } = thisWeek(now, options.weekStartsOn);
  // The popup's first script may have asked already (early.ts).
  const { people, checkInsThisWeek, skipped } =
    (await takeOverviewEarly(weekStart)) ?? (await readOverview(weekStart, weekEnd));
  return {
    people,
    reconnect: reconnectSuggestions(people, now, options.reconnectWeeks ?? DEFAULT_RECONNECT_WEEKS),
    askAboutDue: askAboutDue(people, now, options.askAboutWindow ?? DEFAULT_ASK_ABOUT_WINDOW),
    checkInsThisWeek,
    skipped,
  };
}
