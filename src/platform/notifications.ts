// The test notification of the welcome page: shown by the page itself, so it says at once
// whether the browser lets Echt's notifications through. The worker answers a click on it
// (src/background/index.ts) by opening the reminders' settings.
import { browser } from 'wxt/browser';

/** The test notification's id; showing it again replaces the one before. */
export const TEST_NOTIFICATION = 'echt.test';

/** 'blocked': the browser says Echt's notifications are turned off; 'failed': showing one went wrong. */
export type TestNotificationResult = 'shown' | 'blocked' | 'failed';

export async function showTestNotification(title: string, message: string): Promise<TestNotificationResult> {
  try {
    // Chromium knows when the user turned Echt's notifications off; Firefox has no such call.
    const level = await browser.notifications.getPermissionLevel?.();
    if (level === 'denied') return 'blocked';
    await browser.notifications.create(TEST_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
    return 'shown';
  } catch {
    return 'failed';
  }
}
