// Follows which composer the user is writing in. Calls `enter` when a composer gains
// focus and `leave` when focus moves to something that is neither a composer nor part
// of Echt's own UI, or when the composer is removed from the page. Focus inside open
// shadow roots (web-component apps) is followed too: at the document, an event from a
// shadow root names only its host, so the element is read from the event's composed path.
import { composerFor } from './detect';

/** The element an event really started at, also inside an open shadow root. */
export function composedTarget(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}

/** The focused element, looked for through open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

interface ComposerEvents {
  enter(composer: HTMLElement): void;
  leave(): void;
  /** Elements that belong to Echt; focus moving into them keeps the composer current. */
  isOwn(target: EventTarget | null): boolean;
}

export function followComposers(doc: Document, events: ComposerEvents, signal: AbortSignal): void {
  let current: HTMLElement | null = null;

  const leave = () => {
    if (!current) return;
    current = null;
    events.leave();
  };

  const consider = (target: EventTarget | null) => {
    if (events.isOwn(target)) return;
    const composer = composerFor(target);
    if (!composer) return leave();
    if (composer === current) return;
    current = composer;
    events.enter(composer);
  };

  // Single-page apps re-create composers; drop one that left the document.
  const observer = new MutationObserver(() => {
    if (current && !current.isConnected) leave();
  });
  observer.observe(doc, { childList: true, subtree: true });

  doc.addEventListener('focusin', (event) => consider(composedTarget(event)), { capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      current = null;
    },
    { once: true },
  );

  // The script may start while a composer already has focus.
  const active = deepActiveElement(doc);
  if (active && active !== doc.body) consider(active);
}
