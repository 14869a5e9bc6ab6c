// Hearing about stored changes without the settings code: the content script only needs
// to know that one of a few keys changed, and then asks the background for the values.
import { browser } from 'wxt/browser';

/** Calls `callback` whenever one of `keys` ("local:settings.coach") changes, until `signal` aborts. */
export function onStoredChange(keys: readonly string[], callback: () => void, signal: AbortSignal): void {
  const watched = new Set(keys);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (Object.keys(changes).some((key) => watched.has(`${area}:${key}`))) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
