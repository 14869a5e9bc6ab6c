// What Echt's content script can reach, asked from the content script's own world in a
// chat page: the world a page Echt does not control shares a tab with. In Chromium it is
// found over the DevTools protocol (the isolated world of Echt's origin in the page's
// frame); in Firefox the background page runs code in the same world with tabs.executeScript.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { browser } from 'wxt/browser';
import { evaluateIn } from './editors';
import type { EchtFirefox } from './firefox';
import { secretsIn } from './secrets';

type ExtensionApi = typeof browser;

/** The background's reply to one request, or how it failed; `null` when it gave none. */
export type Answer = { reply: unknown } | { failed: string };

export interface ContentReach {
  /** The background's answer to each request, by type. */
  answers: Record<string, Answer>;
  /** Each storage area as the content script reads it (JSON), or why it cannot. */
  storage: Record<'local' | 'session' | 'sync', string>;
}

/**
 * Run in the content script's world: Echt's requests a compromised content script could
 * send, and every storage area it could read. Sent to the browser as source: it uses only
 * its parameter and the globals there.
 */
export async function reachFromContentScript(feedUrl: string): Promise<ContentReach> {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  const api = scope.browser ?? scope.chrome;
  const ask = async (type: string, data: unknown): Promise<Answer> => {
    try {
      return { reply: (await api.runtime.sendMessage({ echt: 1, type, data })) ?? null };
    } catch (error) {
      return { failed: String(error) };
    }
  };
  const read = async (area: 'local' | 'session' | 'sync'): Promise<string> => {
    try {
      return JSON.stringify(await api.storage[area].get(null));
    } catch (error) {
      return `unreadable: ${String(error)}`;
    }
  };
  const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Probe//EN\r\nX-WR-CALNAME:Injected\r\nEND:VCALENDAR\r\n';
  // [label, request type, data]: the label tells two requests of one type apart.
  const requests: [string, string, unknown][] = [
    ['upcomingMeetings', 'upcomingMeetings', { hours: 48 }],
    ['getStatus', 'getStatus', null],
    ['addFeed', 'addFeed', { url: feedUrl.replace(/[^/]*$/, 'other.ics'), name: 'Probe' }],
    ['addFeed (router)', 'addFeed', { url: 'http://192.168.1.1/calendar.ics', name: 'Router' }],
    ['importCalendar', 'importCalendar', { name: 'Injected', text: ics }],
    ['setMeetingNudge', 'setMeetingNudge', { meetingId: 'probe', seriesId: 'probe', nudge: 'series' }],
    ['syncFeeds', 'syncFeeds', null],
    ['siteStatus', 'siteStatus', { url: location.href }],
    ['setSiteEnabled', 'setSiteEnabled', { url: 'https://evil.example/', enabled: true }],
    ['silencePhrase', 'silencePhrase', { key: 'Let me know if you need anything for the funeral plans' }],
    ['setKindEnabled', 'setKindEnabled', { kind: 'everything', enabled: false }],
    // The locale names a file of the package: only a language Echt ships is read.
    ['coachKnowledge (other file)', 'coachKnowledge', { locale: '../manifest.json#' }],
    ['coachKnowledge (unknown language)', 'coachKnowledge', { locale: 'de' }],
    ['coachKnowledge', 'coachKnowledge', { locale: 'en' }],
    ['chipSetup', 'chipSetup', { url: location.href }],
  ];
  const answers: Record<string, Answer> = {};
  for (const [label, type, data] of requests) answers[label] = await ask(type, data);
  return { answers, storage: { local: await read('local'), session: await read('session'), sync: await read('sync') } };
}

/** reachFromContentScript in Chromium, in the world of Echt's content script in `page`'s main frame. */
export async function reachInChromium(page: Page, extensionId: string, feedUrl: string): Promise<ContentReach> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => void worlds.push(context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = worlds.find(
    (context) =>
      context.origin === `chrome-extension://${extensionId}` &&
      context.auxData?.type === 'isolated' &&
      context.auxData.frameId === frameTree.frame.id,
  );
  if (!world) throw new Error("Echt's content script has no world in this page");
  try {
    return (await evaluateIn(
      cdp,
      world.id,
      `(${reachFromContentScript.toString()})(${JSON.stringify(feedUrl)})`,
    )) as ContentReach;
  } finally {
    await cdp.detach();
  }
}

/** reachFromContentScript in Firefox, in the content-script world of the tab showing `pageUrl`. */
export async function reachInFirefox(echt: EchtFirefox, pageUrl: string, feedUrl: string): Promise<ContentReach> {
  const code = `(${reachFromContentScript.toString()})(${JSON.stringify(feedUrl)})`;
  // Match patterns name no port.
  const { protocol, hostname, pathname } = new URL(pageUrl);
  return echt.background(
    async (background, { url, source }) => {
      const [tab] = await background.browser.tabs.query({ url });
      if (tab?.id === undefined) throw new Error(`no tab on ${url}`);
      const results = await background.browser.tabs.executeScript(tab.id, { code: source });
      return results?.[0] as ContentReach;
    },
    { url: `${protocol}//${hostname}${pathname}`, source: code },
  );
}

/**
 * What the content script's world must have got: no answer to any request but chipSetup,
 * which comes without a secret, and coachKnowledge for a language Echt ships; no secret nor
 * `feedUrl` in any storage area it can read, and no storage.session at all. storage.local
 * is read (it holds the language).
 */
export function expectNothingReached(reach: ContentReach, feedUrl: string): void {
  const { chipSetup, coachKnowledge, ...privileged } = reach.answers;
  for (const [request, answer] of Object.entries(privileged)) {
    expect('failed' in answer || answer.reply === null, `${request}: ${JSON.stringify(answer)}`).toBe(true);
  }
  expect(chipSetup).toMatchObject({ reply: { ok: true, value: { enabled: true } } });
  expect(secretsIn(JSON.stringify(chipSetup))).toEqual([]);
  // The coach's knowledge is public (it ships in the package): a known language is answered.
  expect(coachKnowledge).toMatchObject({ reply: { ok: true, value: { locale: 'en' } } });

  expect(reach.storage.session).toMatch(/^unreadable/);
  for (const area of ['local', 'sync'] as const) {
    expect(reach.storage[area]).not.toMatch(/^unreadable/);
    expect(secretsIn(reach.storage[area]), area).toEqual([]);
    expect(reach.storage[area]).not.toContain(feedUrl);
  }
  expect(reach.storage.local).toContain('settings.language');
}
