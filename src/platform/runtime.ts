// Messaging and manifest access: the browser.runtime calls Echt makes.
import { browser } from 'wxt/browser';
import { dispatch, envelope, type Handlers, type MessageType, type RequestOf, type ResponseOf } from '../messaging';

export function sendMessage<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  return browser.runtime.sendMessage(envelope(type, data)) as Promise<ResponseOf<K>>;
}

/** Answers Echt's messages with `handlers` until `signal` aborts. */
export function serveMessages(handlers: Handlers, signal?: AbortSignal): void {
  const listener = (message: unknown) => dispatch(handlers, message);
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
