// The context WXT hands the chat content script's main(), in place of WXT's own
// ContentScriptContext in that one bundle (wxt.config.ts aliases it): the chat tab uses
// only its `signal`, and WXT's class brings timers, a location watcher and a logger with
// it, about 0.6 KB of the content script's gzip budget. What stays is what keeps two copies
// apart: a newly injected copy (after an update) announces itself with the same event WXT
// uses, and the older copy stops when it hears it.
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);

  constructor(name: string, options?: { noScriptStartedPostMessage?: boolean }) {
    // WXT's getUniqueEventName("wxt:content-script-started"): the entrypoint's name is `name`.
    const type = `${browser.runtime?.id}:${name}:wxt:content-script-started`;
    const detail = { contentScriptName: name, messageId: this.id };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    if (!options?.noScriptStartedPostMessage) window.postMessage({ type, ...detail }, '*');
    document.addEventListener(
      type,
      (event) => {
        const from = event instanceof CustomEvent ? (event.detail as Partial<typeof detail> | null) : null;
        if (from?.contentScriptName === name && from.messageId !== this.id) {
          this.controller.abort('Content script context invalidated');
        }
      },
      { signal: this.signal },
    );
  }

  /** Aborts when a newer copy of the content script starts in this page. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }
}
