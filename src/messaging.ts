// The one protocol between Echt's contexts. Every message is a request that the
// background answers; each entry names its request data and its response.

import type { ChipSetup, SiteChange, SiteStatus } from './chip';
import type { Kind } from './coach';
import type { LanguageData } from './coach/knowledge';
import type { FeedStatus } from './feeds';
import type { Locale } from './i18n';

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

export interface ProtocolMap {
  getStatus: { request: null; response: Status };
  /** Adds a feed (its origin permission already granted) and fetches it once. */
  addFeed: { request: { url: string; name: string }; response: FeedStatus };
  /** Adds a calendar from an .ics file's text; false (and nothing added) when it is not a calendar. */
  importCalendar: { request: { name: string; text: string }; response: boolean };
  /** Refreshes every enabled feed now. */
  syncFeeds: { request: null; response: null };
  /** "Not for this meeting / this series", or the nudge back on. */
  setMeetingNudge: {
    request: { meetingId: string; seriesId: string; title: string; nudge: NudgeChoice };
    response: null;
  };
  /** Meetings starting in the next `hours`, from every enabled calendar. */
  upcomingMeetings: { request: { hours: number }; response: UpcomingMeeting[] };
  /** What the chat chip needs on the page at `url`: whether it runs there, its texts, the coach preferences. */
  chipSetup: { request: { url: string }; response: ChipSetup };
  /**
   * The coach's knowledge of one language (rules, wording, the model's weights), for a chat
   * tab to compile: asked once per page, when a draft first needs that language.
   */
  coachKnowledge: { request: { locale: Locale }; response: LanguageData };
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

interface Envelope<K extends MessageType = MessageType> {
  echt: 1;
  type: K;
  data: RequestOf<K>;
}

export type Handlers = { [K in MessageType]: (data: RequestOf<K>) => Promise<ResponseOf<K>> };

export function envelope<K extends MessageType>(type: K, data: RequestOf<K>): Envelope<K> {
  return { echt: 1, type, data };
}

/**
 * Routes a message to its handler. Returns undefined for anything that is not an Echt
 * request this side knows, so other listeners (or none) can answer it.
 */
export function dispatch(handlers: Handlers, message: unknown): Promise<unknown> | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { echt, type, data } = message as Partial<Envelope>;
  if (echt !== 1 || typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
  // The map above ties each type to its handler; the cast only forgets which one.
  const handler = handlers[type] as (request: unknown) => Promise<unknown>;
  return handler(data);
}
