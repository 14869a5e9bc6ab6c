// Follows which composer the user is writing in. Calls `enter` when a composer gains
// focus and `leave` when focus moves to something that is neither a composer nor part
// of Echt's own UI, or when the composer is removed from the page.
import { composerFor } from './detect';

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

  doc.addEventListener('focusin', (event) => consider(event.target), { capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      current = null;
    },
    { once: true },
  );

  // The script may start while a composer already has focus.
  if (doc.activeElement && doc.activeElement !== doc.body) consider(doc.activeElement);
}
