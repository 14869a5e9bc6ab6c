// Echt's keyboard commands (manifest `commands`, changeable by the user in the browser):
// the one that opens the popup, and the one that turns the chip on or off for the site.
import { browser } from 'wxt/browser';

export { TOGGLE_SITE_COMMAND } from './command-names';

/** The browser's own command that opens the toolbar popup: one name in MV3, another in MV2. */
const OPEN_POPUP_COMMANDS = new Set(['_execute_action', '_execute_browser_action']);

/** The keys that open the popup as the user has them now ("Alt+Shift+U"), or null when none are set. */
export async function popupShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((command) => OPEN_POPUP_COMMANDS.has(command.name ?? ''))?.shortcut || null;
  } catch {
    return null;
  }
}
