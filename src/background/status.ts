// What the popup shows about Echt itself, answered by the background.
import type { Status } from '../messaging';
import { installedAt } from '../settings';

/** Reads the install time, recording `now` when none is stored (e.g. after repair). */
export async function readStatus(now: Date, version: string): Promise<Status> {
  let since = await installedAt.get();
  if (since === null) {
    since = now.getTime();
    await installedAt.set(since);
  }
  return { version, installedAt: since };
}
