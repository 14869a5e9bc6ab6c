// Messaging and manifest access: the browser.runtime calls Echt makes.
import { type Browser, browser } from 'wxt/browser';
import {
  dispatch,
  envelope,
  type Handlers,
  type MessageType,
  type RequestChecks,
  type RequestOf,
  type ResponseOf,
  type Sender,
  type TabFrame,
} from '../messaging';

/** How an answer travels back: the value, or the handler's error as text. */
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

export async function sendMessage<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = (await browser.runtime.sendMessage(envelope(type, data))) as Reply | undefined;
  if (!reply) throw new Error(`No answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  // The background answered this type through its handler, whose result type the map fixes.
  return reply.value as ResponseOf<K>;
}

/**
 * Who sent a message: one of Echt's own pages (its URL on the extension's origin, in no tab
 * or in a tab that shows Echt's page), a chat tab's content script, or anything else.
 */
export function senderOf(sender: Browser.runtime.MessageSender): Sender {
  if (sender.id !== browser.runtime.id) return 'other';
  const own = browser.runtime.getURL('/');
  const isOwn = (url: string | undefined) => typeof url === 'string' && url.startsWith(own);
  if (isOwn(sender.url)) {
    // A tab's address can be hidden from Echt; its top frame showing Echt's page says the same.
    const ownTab = !sender.tab || isOwn(sender.tab.url) || (sender.tab.url === undefined && sender.frameId === 0);
    return ownTab ? 'page' : 'other';
  }
  return sender.tab ? 'tab' : 'other';
}

/** The frame a tab's message came from, in the browser's words. */
function frameOf(sender: Browser.runtime.MessageSender): TabFrame {
  return {
    top: sender.tab?.url,
    url: sender.url,
    origin: sender.origin,
    tabId: sender.tab?.id,
    frameId: sender.frameId,
  };
}

/** Answers Echt's messages with `handlers`, each request checked first, until `signal` aborts. */
export function serveMessages(handlers: Handlers, checks: RequestChecks, signal?: AbortSignal): void {
  // Answering through sendResponse (and returning true) works in every browser, with or
  // without the polyfill; returning a promise does not.
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply) => void) => {
    const answer = dispatch(handlers, checks, message, senderOf(sender), frameOf(sender));
    if (!answer) return false;
    answer.then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

/** A JSON file the build wrote into the package (the coach's knowledge), parsed. */
export async function packagedJson(path: string): Promise<unknown> {
  const response = await fetch(new URL(path, browser.runtime.getURL('/')));
  if (!response.ok) throw new Error(`${path} is not in the package`);
  return response.json();
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** Opens the options page; with a section, in a new tab at that section (options.html#calendars). */
export async function openOptionsPage(section?: string): Promise<void> {
  if (section === undefined) return browser.runtime.openOptionsPage();
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
}

/** The address of the tab the popup was opened on; readable through the activeTab grant. */
export async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}
