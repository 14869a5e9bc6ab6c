// Echt's keyboard commands (manifest `commands`; the user can change their keys in the
// browser). The one that opens the popup is the browser's own; this answers the one that
// turns the chip on or off for the current tab's site, through the same request the
// popup's site switch makes.
import { type Browser, browser } from 'wxt/browser';
import { TOGGLE_SITE_COMMAND } from '../platform';
import { setSiteEnabled, siteStatus } from './chat-sites';

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's V2. */
function toolbarButton(): { openPopup?: () => Promise<void> } | undefined {
  return (
    browser.action ?? (browser as unknown as { browserAction?: { openPopup?: () => Promise<void> } }).browserAction
  );
}

/** Turns the chip on or off for the site of `url`. Resolves to what was done. */
export async function toggleSite(url: string | undefined): Promise<'on' | 'off' | 'ask' | 'none'> {
  if (!url) return 'none';
  const status = await siteStatus(url);
  if (!status.host) return 'none';
  if (!status.enabled && status.permission && !status.granted) {
    // A site that is not built in needs its permission, asked where the user can answer
    // it: the popup, with its "Use Echt on this site".
    await toolbarButton()
      ?.openPopup?.()
      .catch(() => undefined);
    return 'ask';
  }
  const change = await setSiteEnabled(url, !status.enabled);
  return change.status.enabled ? 'on' : 'off';
}

export function listenToCommands(signal: AbortSignal): void {
  const listener = (command: string, tab?: Browser.tabs.Tab) => {
    if (command !== TOGGLE_SITE_COMMAND) return;
    // The shortcut grants activeTab, so the tab's address is there to read.
    void (async () => {
      const url = tab?.url ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;
      await toggleSite(url);
    })().catch((error: unknown) => console.error('Echt: site toggle', error));
  };
  browser.commands.onCommand.addListener(listener);
  signal.addEventListener('abort', () => browser.commands.onCommand.removeListener(listener), { once: true });
}
