// Messages to the background as the browser delivers them: with the sender it reports (one
// of Echt's pages, a chat tab's content script, another extension), and the answer if any.
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { envelope, type MessageType, type RequestOf } from '../../src/messaging';

type MessageSender = Browser.runtime.MessageSender;

const options = () => fakeBrowser.runtime.getURL('/options.html');

/** The options page, open in a tab. */
export const OPTIONS_PAGE = (): MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: options(),
  frameId: 0,
  tab: { id: 7, index: 0, url: options() } as Browser.tabs.Tab,
});

/** The popup: an extension page in no tab. */
export const POPUP = (): MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/popup.html'),
});

/** The chat content script in a Slack tab. */
export const CHAT_TAB = (): MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: 'https://app.slack.com/client/T1/C1',
  frameId: 0,
  tab: { id: 3, index: 1, url: 'https://app.slack.com/client/T1/C1' } as Browser.tabs.Tab,
});

/** Echt's content script in a frame of a page that is no chat site (it matched once, or a renderer went astray). */
export const ELSEWHERE = (): MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: 'https://evil.example/frame',
  origin: 'https://evil.example',
  frameId: 5,
  tab: { id: 4, index: 2, url: 'https://evil.example/' } as Browser.tabs.Tab,
});

/** Echt's page address, but framed inside a web page's tab. */
export const FRAMED_PAGE = (): MessageSender => ({
  ...OPTIONS_PAGE(),
  frameId: 4,
  tab: { id: 3, index: 1, url: 'https://evil.example/' } as Browser.tabs.Tab,
});

/** Another extension. */
export const OTHER_EXTENSION = (): MessageSender => ({
  id: 'someone-else',
  url: 'chrome-extension://someone-else/x.html',
});

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** Delivers `message` from `sender` to the listeners; resolves to the answer, or undefined when none answers. */
export async function deliver(sender: MessageSender, message: unknown): Promise<Reply | undefined> {
  let answered: (reply: Reply) => void = () => undefined;
  const reply = new Promise<Reply>((resolve) => {
    answered = resolve;
  });
  // A listener that will answer returns true (src/platform/runtime.ts); the fake's types do not say so.
  const results: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender, answered);
  return results.some((result) => result === true) ? reply : undefined;
}

/** An Echt request from `sender`: its answer's value, or undefined when it got none. */
export async function ask<K extends MessageType>(
  sender: MessageSender,
  type: K,
  data: RequestOf<K> | Record<string, unknown> | null,
): Promise<Reply | undefined> {
  return deliver(sender, envelope(type, data as RequestOf<K>));
}
