// The user's calendars, as settings: each a feed address or an imported file, with a name,
// colour and on/off switch, and the outcome of its latest refresh. Kept in extension
// storage (small); the calendars' text is kept in IndexedDB (src/feeds/store.ts), and
// src/feeds/sync.ts is what adds, refreshes and removes them.

import type { FeedStatus } from '../feeds';
import { defineSetting } from './define';

export interface FeedSource {
  id: string;
  name: string;
  /** CSS colour, e.g. "#3b7ddd". */
  color: string;
  enabled: boolean;
  /** The https feed; absent for an imported file. */
  url?: string;
}

const COLOR = /^#[0-9a-f]{6}$/i;

/** The longest name a calendar keeps (the options page's field allows as much). */
export const MAX_NAME = 60;

/** Whether `value` is a colour a calendar can have: #rrggbb. */
export function isColor(value: string): boolean {
  return COLOR.test(value);
}

function isSource(value: unknown): value is FeedSource {
  if (typeof value !== 'object' || value === null) return false;
  const source = value as Partial<FeedSource>;
  return (
    typeof source.id === 'string' &&
    source.id.length > 0 &&
    typeof source.name === 'string' &&
    typeof source.color === 'string' &&
    isColor(source.color) &&
    typeof source.enabled === 'boolean' &&
    (source.url === undefined || typeof source.url === 'string')
  );
}

/** The user's calendars, in the order they were added. */
export const feedSources = defineSetting<FeedSource[]>({
  key: 'local:feeds.sources',
  fallback: [],
  version: 1,
  isValid: (value): value is FeedSource[] => Array.isArray(value) && value.every(isSource),
});

function isStatus(value: unknown): value is FeedStatus {
  if (typeof value !== 'object' || value === null) return false;
  const state = (value as { state?: unknown }).state;
  return state === 'never' || state === 'synced' || state === 'failed';
}

/** The outcome of each source's latest refresh, by source id. */
export const feedStatuses = defineSetting<Record<string, FeedStatus>>({
  key: 'local:feeds.status',
  fallback: {},
  version: 1,
  isValid: (value): value is Record<string, FeedStatus> =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isStatus),
});
