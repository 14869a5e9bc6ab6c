// The user's calendars, as settings: each a feed address or an imported file, with a name,
// colour and on/off switch, and the outcome of its latest refresh. Private settings (see
// define.ts): a Google or Outlook feed address is a password to the whole calendar, so it
// is kept where no content script can read it. The calendars' text is kept in IndexedDB
// (src/feeds/store.ts), and src/feeds/sync.ts is what adds, refreshes and removes them.

import type { FeedStatus } from '../feeds';
import { isRecord } from '../guards';
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

/** The colour a calendar whose stored colour cannot be read gets back. */
const REPAIR_COLOR = '#3b7ddd';

/**
 * One stored calendar made usable field by field: a colour, name or switch that cannot be
 * read gets a default; without an id (or with a second copy of one) there is no calendar.
 */
function repairSource(value: unknown): FeedSource | null {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id.length === 0) return null;
  const name = typeof value.name === 'string' && value.name.trim() ? value.name.slice(0, MAX_NAME) : 'Calendar';
  const source: FeedSource = {
    id: value.id,
    name,
    color: typeof value.color === 'string' && isColor(value.color) ? value.color : REPAIR_COLOR,
    enabled: typeof value.enabled === 'boolean' ? value.enabled : true,
  };
  return typeof value.url === 'string' ? { ...source, url: value.url } : source;
}

/** The user's calendars, in the order they were added; repaired entry by entry, never dropped whole. */
export const feedSources = defineSetting<FeedSource[]>({
  key: 'private:feeds.sources',
  movedFrom: 'local:feeds.sources',
  fallback: [],
  version: 1,
  repair: (value) => {
    if (!Array.isArray(value)) return [];
    const seen = new Set<string>();
    return value.flatMap((entry) => {
      const source = repairSource(entry);
      if (!source || seen.has(source.id)) return [];
      seen.add(source.id);
      return [source];
    });
  },
});

function isStatus(value: unknown): value is FeedStatus {
  if (!isRecord(value)) return false;
  if (value.state === 'never') return true;
  return (value.state === 'synced' || value.state === 'failed') && typeof value.at === 'number';
}

/** The outcome of each source's latest refresh, by source id; a status that cannot be read is left out. */
export const feedStatuses = defineSetting<Record<string, FeedStatus>>({
  key: 'private:feeds.status',
  movedFrom: 'local:feeds.status',
  fallback: {},
  version: 1,
  repair: (value) =>
    isRecord(value)
      ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, FeedStatus] => isStatus(entry[1])))
      : {},
});
