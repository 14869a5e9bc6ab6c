// The one protocol between Echt's contexts. Every message is a request that the
// background answers; each entry names its request data and its response. A content
// script runs inside a page Echt does not control, so the background answers a chat tab
// only the few requests the chip needs (TAB_REQUESTS), and checks every request's data
// itself before a handler sees it (src/background/requests.ts).

import type { BackupProblem } from './backup';
import type { ChipSetup, SiteChange, SiteStatus } from './chip';
import type { Kind } from './coach';
import type { LanguageData } from './coach/knowledge';
import type { FeedStatus } from './feeds';
import type { Locale } from './i18n';
import type { ImportMode, ImportReport } from './people';

export interface Status {
  /** The extension's version from its manifest. */
  version: string;
  /** When Echt was installed, ms since epoch. */
  installedAt: number;
}

/** A meeting as pages show it; instants are ms since epoch so it survives messaging. */
export interface UpcomingMeeting {
  id: string;
  title: string;
  start: number;
  end: number;
  people: { name: string; email?: string }[];
  /** Why Echt will not nudge before it; null when it will. */
  skip: string | null;
  /** The colour of the calendar it comes from. */
  color: string;
  /** Shared by every occurrence of a series. */
  seriesId: string;
  /** Whether the user wants a nudge: yes, not for this meeting, or not for its series. */
  nudge: NudgeChoice;
}

export type NudgeChoice = 'on' | 'meeting' | 'series';

/** What a restore came to: people added or replaced, or why the file was refused (then nothing changed). */
export type RestoreOutcome = { ok: true; report: ImportReport } | { ok: false; problem: BackupProblem };

export interface ProtocolMap {
  getStatus: { request: null; response: Status };
  /** Adds a feed (its origin permission already granted) and fetches it once. */
  addFeed: { request: { url: string; name: string }; response: FeedStatus };
  /** Adds a calendar from an .ics file's text; false (and nothing added) when it is not a calendar. */
  importCalendar: { request: { name: string; text: string }; response: boolean };
  /** Refreshes every enabled feed now. */
  syncFeeds: { request: null; response: null };
  /** Removes a calendar with its copy and status, also while it is being refreshed. */
  removeFeed: { request: { id: string }; response: null };
  /** Restores a backup file (checked again by the worker), in the queue the reminders use. */
  restoreBackup: { request: { backup: unknown; mode: ImportMode }; response: RestoreOutcome };
  /** "Delete everything", in the queue the reminders use. */
  eraseEverything: { request: null; response: null };
  /** "Not for this meeting / this series", or the nudge back on. */
  setMeetingNudge: {
    request: { meetingId: string; seriesId: string; nudge: NudgeChoice };
    response: null;
  };
  /** Meetings starting in the next `hours`, from every enabled calendar. */
  upcomingMeetings: { request: { hours: number }; response: UpcomingMeeting[] };
  /**
   * What the chat chip needs in the frame that asks: whether it runs there, its texts, the
   * coach preferences. Where it asks from is the browser's word (TabFrame), never the page's.
   */
  chipSetup: { request: null; response: ChipSetup };
  /**
   * The coach's knowledge of one language (rules, wording, the model's weights), for a chat
   * tab to compile: asked once per page, when a draft first needs that language.
   */
  coachKnowledge: { request: { locale: Locale }; response: LanguageData };
  /**
   * The coach's engine, put into the asking frame as code (the content script does not carry
   * it): asked once per page, with the first language's knowledge.
   */
  coachEngine: { request: null; response: null };
  /** "Don't suggest this again": the coach leaves the detection with this key alone from now on. */
  silencePhrase: { request: { key: string }; response: null };
  /** Turns one kind of suggestion on or off. */
  setKindEnabled: { request: { kind: Kind; enabled: boolean }; response: null };
  /** Whether the chip runs on the page at `url`, and the permission turning it on would need. */
  siteStatus: { request: { url: string }; response: SiteStatus };
  /** Turns the chip on or off for the page's site; a site that is not built in needs its permission granted first. */
  setSiteEnabled: { request: { url: string; enabled: boolean }; response: SiteChange };
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageType> = ProtocolMap[K]['response'];

/**
 * Who sent a request, as the browser reports it: one of Echt's own pages (popup, options),
 * a chat tab's content script, or anything else.
 */
export type Sender = 'page' | 'tab' | 'other';

/** What a chat tab may ask: what the chip needs, nothing that reads or adds personal data. */
export const TAB_REQUESTS: ReadonlySet<MessageType> = new Set([
  'chipSetup',
  'coachKnowledge',
  'coachEngine',
  'silencePhrase',
  'setKindEnabled',
]);

/** For each request, its data as checked (refused when undefined): types, lengths, known values. */
export type RequestChecks = { [K in MessageType]: (data: unknown) => RequestOf<K> | undefined };

interface Envelope<K extends MessageType = MessageType> {
  echt: 1;
  type: K;
  data: RequestOf<K>;
}

/**
 * Where a chat tab's request comes from, as the browser reports it with the message: a
 * content script can claim any address in its data, but not these.
 */
export interface TabFrame {
  /** The address of the tab's top page; unknown when the browser keeps it from Echt. */
  top?: string;
  /** The frame's own address (about:srcdoc, about:blank or blob: for a frame its page wrote). */
  url?: string;
  /** The frame's origin, which a written frame takes from the page that wrote it (Chromium only). */
  origin?: string;
  /** The tab and the frame in it, to put the coach's engine into (coachEngine). */
  tabId?: number;
  frameId?: number;
}

/** Each request's handler; a chat tab's requests also get the frame they came from. */
export type Handlers = {
  [K in MessageType]: (data: RequestOf<K>, frame?: TabFrame) => Promise<ResponseOf<K>>;
};

export function envelope<K extends MessageType>(type: K, data: RequestOf<K>): Envelope<K> {
  return { echt: 1, type, data };
}

/** The request's type when `message` is an Echt envelope of a type this side knows. */
function typeOf(handlers: Handlers, message: unknown): MessageType | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { echt, type } = message as Partial<Envelope>;
  return echt === 1 && typeof type === 'string' && Object.hasOwn(handlers, type) ? type : undefined;
}

/**
 * Routes a message to its handler. Returns undefined, and runs nothing, for anything that
 * is not an Echt request this side knows, that `sender` may not make, or whose data fails
 * its check: the sender gets no answer and nothing changes.
 */
export function dispatch(
  handlers: Handlers,
  checks: RequestChecks,
  message: unknown,
  sender: Sender,
  frame?: TabFrame,
): Promise<unknown> | undefined {
  const type = typeOf(handlers, message);
  if (!type || sender === 'other' || (sender === 'tab' && !TAB_REQUESTS.has(type))) return undefined;
  const data = checks[type]((message as Envelope).data);
  if (data === undefined) return undefined;
  // The maps above tie each type to its check and handler; the cast only forgets which one.
  const handler = handlers[type] as (request: unknown, frame?: TabFrame) => Promise<unknown>;
  return handler(data, sender === 'tab' ? frame : undefined);
}
