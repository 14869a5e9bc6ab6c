// Keeping the user's calendars current: add, import, refresh, remove. Time, the network,
// the calendar check and the queue that keeps writes apart come in as parameters, so this
// runs the same in tests.
//
// Fetching takes seconds and runs outside the queue; what it found is written inside it,
// and only while the calendar is still listed. Removing a calendar runs in the same queue,
// so a refresh that was under way can never write its copy back after the removal.

import { type FeedSource, feedSources, feedStatuses, isColor, MAX_NAME } from '../settings/feeds';
import { type FeedCopy, type FeedStatus, type FeedWarning, refreshFeed } from './refresh';
import { deleteCopy, readCopy, writeCopy } from './store';

/** Runs a task after every task queued before it; the background's one queue for stored changes. */
export type Serially = <T>(task: () => Promise<T>) => Promise<T>;

export interface SyncDeps {
  now: Date;
  fetch: typeof globalThis.fetch;
  /** Throws when the text is not a calendar (the calendar module's parser). */
  validate: (text: string) => void;
  /** Where the writes of a refresh wait their turn; at once when not given. */
  serially?: Serially;
}

const atOnce: Serially = (task) => task();

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

async function isListed(id: string): Promise<boolean> {
  return (await feedSources.get()).some((source) => source.id === id);
}

/**
 * The status after a refresh: when the copy did not change, what Echt warned about it still
 * holds; when the refresh failed, the copy was last confirmed when the one before succeeded.
 */
function nextStatus(status: FeedStatus, previous: FeedStatus | undefined, changed: boolean): FeedStatus {
  const warning = !changed && previous && previous.state !== 'never' ? previous.warning : undefined;
  return warning && status.state !== 'never' ? { ...status, warning } : status;
}

function confirmedAt(previous: FeedStatus | undefined): number | undefined {
  if (previous?.state === 'synced') return previous.at;
  return previous?.state === 'failed' ? previous.lastGoodAt : undefined;
}

/** Refreshes one source; the last good copy survives any failure, and a removed source stays removed. */
async function syncSource(source: FeedSource, deps: SyncDeps): Promise<FeedStatus> {
  const previousStatus = (await feedStatuses.get())[source.id];
  if (!source.url) return previousStatus ?? { state: 'never' };
  const previous = await readCopy(source.id);
  const lastGoodAt = confirmedAt(previousStatus);
  const result = await refreshFeed(source.url, previous, {
    ...deps,
    ...(lastGoodAt === undefined ? {} : { lastGoodAt }),
  });
  const status = nextStatus(result.status, previousStatus, result.changed);
  await (deps.serially ?? atOnce)(async () => {
    if (!(await isListed(source.id))) return;
    if (result.changed && result.copy) await writeCopy(source.id, result.copy);
    await setStatus(source.id, status);
  });
  return status;
}

/** Refreshes every enabled feed, one after another (feeds are few; this keeps the worker light). */
export async function syncAll(deps: SyncDeps): Promise<void> {
  for (const source of await feedSources.get()) {
    if (source.enabled) await syncSource(source, deps);
  }
}

/**
 * Stores a calendar: its copy first, then the source that lists it, then its status. When a
 * step fails, the steps before it are undone: no copy without a calendar, no calendar half-added.
 */
async function storeNew(
  source: Omit<FeedSource, 'color'>,
  copy: FeedCopy | undefined,
  status: FeedStatus,
): Promise<FeedSource> {
  if (copy) await writeCopy(source.id, copy);
  try {
    const added = await appendSource(source);
    await setStatus(source.id, status);
    return added;
  } catch (error) {
    await removeSource(source.id).catch(() => undefined);
    throw error;
  }
}

/** Adds a feed by its (already normalised) address and fetches it once; nothing is stored if storing fails. */
export async function addFeed(
  url: string,
  name: string,
  deps: SyncDeps,
): Promise<{ source: FeedSource; status: FeedStatus }> {
  const fields = {
    id: newId(deps.now),
    name: name.trim().slice(0, MAX_NAME) || new URL(url).hostname,
    enabled: true,
    url,
  };
  const { copy, status } = await refreshFeed(url, undefined, deps);
  const source = await (deps.serially ?? atOnce)(() => storeNew(fields, copy, status));
  return { source, status };
}

/** Adds a calendar from an .ics file; throws (and adds nothing) when it is not a calendar or cannot be stored. */
export async function importCalendarFile(
  name: string,
  text: string,
  deps: Pick<SyncDeps, 'now' | 'validate'>,
): Promise<FeedSource> {
  deps.validate(text);
  const copy: FeedCopy = { text, fetchedAt: deps.now.getTime() };
  const fields = { id: newId(deps.now), name: name.trim().slice(0, MAX_NAME) || 'Calendar', enabled: true };
  return storeNew(fields, copy, { state: 'synced', at: copy.fetchedAt });
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

/** Removes a calendar with its status, copy and expansion. */
export async function removeSource(id: string): Promise<void> {
  await feedSources.update((sources) => sources.filter((source) => source.id !== id));
  await feedStatuses.update(({ [id]: _removed, ...rest }) => rest);
  await deleteCopy(id);
}

/**
 * Records (or clears) the warning that Echt reads only part of a calendar; it stays with the
 * status until the calendar's copy changes.
 */
export async function noteWarning(id: string, warning: FeedWarning | null): Promise<void> {
  await feedStatuses.update((statuses) => {
    const status = statuses[id];
    if (!status || status.state === 'never' || (status.warning ?? null) === warning) return statuses;
    const { warning: _old, ...rest } = status;
    return { ...statuses, [id]: warning ? { ...rest, warning } : rest };
  });
}
