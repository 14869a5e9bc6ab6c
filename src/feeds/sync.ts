// Keeping the user's calendars current: add, import, refresh, remove. Time, the network
// and the calendar check come in as parameters, so this runs the same in tests.

import { type FeedSource, feedSources, feedStatuses, isColor, MAX_NAME } from '../settings/feeds';
import { type FeedCopy, type FeedStatus, refreshFeed } from './refresh';
import { deleteCopy, readCopy, writeCopy } from './store';

export interface SyncDeps {
  now: Date;
  fetch: typeof globalThis.fetch;
  /** Throws when the text is not a calendar (the calendar module's parser). */
  validate: (text: string) => void;
}

/** The colours a new calendar gets, in turn. */
const SOURCE_COLORS = ['#3b7ddd', '#2f9e44', '#c2410c', '#9c36b5', '#0c8599', '#e8590c'] as const;

function newId(now: Date): string {
  return `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function nextColor(sources: readonly FeedSource[]): string {
  return SOURCE_COLORS[sources.length % SOURCE_COLORS.length] ?? SOURCE_COLORS[0];
}

async function setStatus(id: string, status: FeedStatus): Promise<void> {
  await feedStatuses.update((statuses) => ({ ...statuses, [id]: status }));
}

/** Adds a calendar at the end of the list, in the next colour. */
async function appendSource(source: Omit<FeedSource, 'color'>): Promise<FeedSource> {
  const sources = await feedSources.update((current) => [...current, { ...source, color: nextColor(current) }]);
  return sources.find((added) => added.id === source.id) ?? { ...source, color: SOURCE_COLORS[0] };
}

/** Refreshes one source; the last good copy survives any failure. */
async function syncSource(source: FeedSource, deps: SyncDeps): Promise<FeedStatus> {
  if (!source.url) return (await feedStatuses.get())[source.id] ?? { state: 'never' };
  const previous = await readCopy(source.id);
  const result = await refreshFeed(source.url, previous, deps);
  if (result.changed && result.copy) await writeCopy(source.id, result.copy);
  await setStatus(source.id, result.status);
  return result.status;
}

/** Refreshes every enabled feed, one after another (feeds are few; this keeps the worker light). */
export async function syncAll(deps: SyncDeps): Promise<void> {
  for (const source of await feedSources.get()) {
    if (source.enabled) await syncSource(source, deps);
  }
}

/** Adds a feed by its (already normalised) address and fetches it once. */
export async function addFeed(
  url: string,
  name: string,
  deps: SyncDeps,
): Promise<{ source: FeedSource; status: FeedStatus }> {
  const source = await appendSource({
    id: newId(deps.now),
    name: name.trim().slice(0, MAX_NAME) || new URL(url).hostname,
    enabled: true,
    url,
  });
  return { source, status: await syncSource(source, deps) };
}

/** Adds a calendar from an .ics file; throws (and adds nothing) when it is not a calendar. */
export async function importCalendarFile(
  name: string,
  text: string,
  deps: Pick<SyncDeps, 'now' | 'validate'>,
): Promise<FeedSource> {
  deps.validate(text);
  const id = newId(deps.now);
  const copy: FeedCopy = { text, fetchedAt: deps.now.getTime() };
  await writeCopy(id, copy);
  const source = await appendSource({ id, name: name.trim().slice(0, MAX_NAME) || 'Calendar', enabled: true });
  await setStatus(source.id, { state: 'synced', at: copy.fetchedAt });
  return source;
}

/**
 * Renames, recolours or switches one calendar. A blank name or a colour that is not
 * #rrggbb is ignored, so the stored list stays valid.
 */
export async function updateSource(
  id: string,
  change: Partial<Pick<FeedSource, 'name' | 'color' | 'enabled'>>,
): Promise<void> {
  const valid: Partial<FeedSource> = {};
  const name = change.name?.trim().slice(0, MAX_NAME);
  if (name) valid.name = name;
  if (change.color !== undefined && isColor(change.color)) valid.color = change.color.toLowerCase();
  if (change.enabled !== undefined) valid.enabled = change.enabled;
  await feedSources.update((sources) => sources.map((source) => (source.id === id ? { ...source, ...valid } : source)));
}

export async function removeSource(id: string): Promise<void> {
  await feedSources.update((sources) => sources.filter((source) => source.id !== id));
  await feedStatuses.update(({ [id]: _removed, ...rest }) => rest);
  await deleteCopy(id);
}

/** The calendars' texts to read meetings from: enabled sources with a good copy. */
export async function enabledCopies(): Promise<{ source: FeedSource; copy: FeedCopy }[]> {
  const result: { source: FeedSource; copy: FeedCopy }[] = [];
  for (const source of await feedSources.get()) {
    if (!source.enabled) continue;
    const copy = await readCopy(source.id);
    if (copy) result.push({ source, copy });
  }
  return result;
}
