// What each request may carry, checked in the worker itself: a page's own checks can be
// skipped by whoever sends the message. Types, lengths and known values; feed addresses
// by the same rule as the options page (https or webcal; plain http only for this
// computer). A request that fails gets no answer and changes nothing (src/messaging.ts).

import { isSilenceKey } from '../coach/silence';
import { KINDS, type Kind } from '../coach/types';
import { DEFAULT_MAX_BYTES, normalizeFeedUrl } from '../feeds';
import { isRecord } from '../guards';
import type { NudgeChoice, RequestChecks } from '../messaging';
import { MAX_NAME } from '../settings/feeds';
import { isCoachLocale } from './coach-knowledge';

/** Longer than any page address a browser keeps in its address bar. */
const URL_MAX = 8192;
/** An id from a calendar feed (an instance's UID and time); real ones are far shorter. */
const ID_MAX = 1024;
/** A file's name as the options page sends it with an imported calendar. */
const FILE_NAME_MAX = 255;
/** The popup asks for 12 hours, the options page for a week; six weeks bound the work one request causes. */
const HOURS_MAX = 6 * 7 * 24;

const ANY_KIND: readonly string[] = [...KINDS, 'personal'];
const NUDGES: readonly string[] = ['on', 'meeting', 'series'] satisfies NudgeChoice[];

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

/** `data`'s fields when it is a plain object, or nothing to read from. */
function fields(data: unknown): Record<string, unknown> {
  return isRecord(data) ? data : {};
}

/** A check for requests that carry nothing. */
const nothing = () => null;

function feedUrl(value: unknown): string | undefined {
  const url = text(value, URL_MAX);
  const normalized = url === undefined ? undefined : normalizeFeedUrl(url);
  return normalized?.ok ? normalized.url : undefined;
}

function pageUrl(data: unknown): { url: string } | undefined {
  const url = text(fields(data).url, URL_MAX);
  return url === undefined ? undefined : { url };
}

export const requestChecks: RequestChecks = {
  getStatus: nothing,
  syncFeeds: nothing,
  addFeed(data) {
    const { url, name } = fields(data);
    const feed = feedUrl(url);
    const title = text(name, MAX_NAME);
    return feed === undefined || title === undefined ? undefined : { url: feed, name: title };
  },
  importCalendar(data) {
    const { name, text: calendar } = fields(data);
    const title = text(name, FILE_NAME_MAX);
    const body = text(calendar, DEFAULT_MAX_BYTES);
    return title === undefined || body === undefined ? undefined : { name: title, text: body };
  },
  setMeetingNudge(data) {
    const { meetingId, seriesId, nudge } = fields(data);
    const meeting = text(meetingId, ID_MAX);
    const series = text(seriesId, ID_MAX);
    if (!meeting || series === undefined || typeof nudge !== 'string' || !NUDGES.includes(nudge)) return undefined;
    return { meetingId: meeting, seriesId: series, nudge: nudge as NudgeChoice };
  },
  upcomingMeetings(data) {
    const { hours } = fields(data);
    return typeof hours === 'number' && Number.isFinite(hours) && hours > 0 && hours <= HOURS_MAX
      ? { hours }
      : undefined;
  },
  // Where it asks from is taken from the browser (TabFrame), so it carries nothing.
  chipSetup: nothing,
  coachEngine: nothing,
  coachKnowledge(data) {
    // Only a language Echt ships: the locale names the file the worker reads.
    const { locale } = fields(data);
    return isCoachLocale(locale) ? { locale } : undefined;
  },
  silencePhrase(data) {
    const { key } = fields(data);
    return isSilenceKey(key) ? { key } : undefined;
  },
  setKindEnabled(data) {
    const { kind, enabled } = fields(data);
    if (typeof kind !== 'string' || !ANY_KIND.includes(kind) || typeof enabled !== 'boolean') return undefined;
    return { kind: kind as Kind, enabled };
  },
  removeFeed(data) {
    const id = text(fields(data).id, ID_MAX);
    return id ? { id } : undefined;
  },
  // The file itself is checked in full by the restore (backup.ts), as if it came from disk.
  restoreBackup(data) {
    const { backup, mode } = fields(data);
    return mode === 'merge' || mode === 'replace' ? { backup, mode } : undefined;
  },
  eraseEverything: nothing,
  siteStatus: pageUrl,
  setSiteEnabled(data) {
    const page = pageUrl(data);
    const { enabled } = fields(data);
    return page && typeof enabled === 'boolean' ? { ...page, enabled } : undefined;
  },
};
