// Optional host permissions, asked for at the moment the user needs them.
import { browser } from 'wxt/browser';

/** Asks for access to one origin pattern; must run inside a user gesture (a click). */
export async function requestOrigin(pattern: string): Promise<boolean> {
  const wanted = { origins: [pattern] };
  if (await browser.permissions.contains(wanted)) return true;
  return browser.permissions.request(wanted);
}
