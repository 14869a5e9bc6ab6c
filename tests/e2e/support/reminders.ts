// Steps the reminder tests take in both browsers: routines due in the next minutes, stored
// in the rules, the notifications seen on screen and the stored reminder state.
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';

// The extension pages' own API, used inside page.evaluate().
declare const chrome: typeof browser;

/** The next whole minute at least `leadMs` from now: an alarm can be set for it in time. */
export function nextWholeMinute(leadMs: number): Date {
  return new Date(Math.ceil((Date.now() + leadMs) / 60_000) * 60_000);
}

/** 'HH:mm' on the machine's clock, which is the browser's. */
export function clockTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * The stored reminder rules with these routines, every day, and nothing that could keep
 * them quiet: no quiet hours, no pause, a daily cap the test never reaches.
 */
export function withRoutines(
  rules: unknown,
  routines: readonly { id: string; label: string; at: Date }[],
): Record<string, unknown> {
  return {
    ...(typeof rules === 'object' && rules !== null ? rules : {}),
    dailyCap: 10,
    quietHours: null,
    pausedUntil: null,
    routines: routines.map(({ id, label, at }) => ({ id, label, days: [1, 2, 3, 4, 5, 6, 7], time: clockTime(at) })),
  };
}

/**
 * Every notification id seen so far, sorted. Notifications close by themselves after a few
 * seconds, so tests poll this four times a second.
 */
export function notificationsSeen(onScreen: () => Promise<string[]>): () => Promise<string[]> {
  const seen = new Set<string>();
  return async () => {
    for (const id of await onScreen()) seen.add(id);
    return [...seen].sort();
  };
}

/** Every notification id seen on screen so far, asked of a Chromium extension page (`page()` when asked). */
export function notificationsSeenFrom(page: () => Page): () => Promise<string[]> {
  return notificationsSeen(() => page().evaluate(async () => Object.keys(await chrome.notifications.getAll())));
}

export interface StoredReminderState {
  handled: Record<string, { outcome: string }>;
  shownPerDay: Record<string, number>;
  dismissedSeries: Record<string, unknown>;
  undelivered: Record<string, unknown>;
}

/** The reminder state as stored, read in a Chromium extension page. */
export function storedReminderState(page: Page): Promise<StoredReminderState> {
  return page.evaluate(
    async () => (await chrome.storage.local.get('state.reminders'))['state.reminders'] as StoredReminderState,
  );
}
