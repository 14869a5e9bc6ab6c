// The toolbar icon's badge: when Echt could not show a reminder (notifications blocked by the
// browser or the system, or every attempt failed), the badge shows how many check-ins are due,
// so the nudge still reaches the user. The popup lists them first.
import { browser } from 'wxt/browser';

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2 build. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** Whether notifications are blocked for Echt; false where the browser cannot say (Firefox). */
export async function notificationsBlocked(): Promise<boolean> {
  try {
    return (await browser.notifications.getPermissionLevel()) === 'denied';
  } catch {
    return false;
  }
}

/** Shows `count` due check-ins on the badge, or takes the badge down when there are none. */
export async function showDueOnBadge(count: number): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  await button.setBadgeText({ text: count > 0 ? String(count) : '' });
  if (count > 0) await button.setBadgeBackgroundColor({ color: '#c2410c' });
}
