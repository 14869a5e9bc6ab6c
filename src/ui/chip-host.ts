// The chip's host in the page: an <echt-chip> element with an open shadow root, placed
// beside the composer with fixed positioning. It lives at the end of <body>, never
// inside the editor, so nothing Echt draws can be sent with a message, and being fixed
// it takes no space in the page's layout.
import { followComposers } from '../composer/watch';

export const CHIP_TAG = 'echt-chip';

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'z-index: 2147483647',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
].join(';');

const SHADOW_STYLE = `
  :host { contain: layout style; }
  .chip { position: absolute; bottom: 4px; right: 4px; font: 13px/1.4 system-ui, sans-serif; }
  .chip:empty { display: none; }
`;

export interface ChipHost {
  readonly element: HTMLElement;
  /** The element the chip's content is rendered into. */
  readonly root: HTMLElement;
  /** Places the host at the composer's top-right corner, just above it. */
  anchor(composer: HTMLElement): void;
  /** Follows the anchored composer after the page scrolled or resized. */
  reposition(): void;
  contains(target: EventTarget | null): boolean;
  remove(): void;
}

export function createChipHost(doc: Document, label: string): ChipHost {
  const element = doc.createElement(CHIP_TAG);
  element.setAttribute('style', HOST_STYLE);
  element.setAttribute('role', 'region');
  element.setAttribute('aria-label', label);
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_STYLE;
  const root = doc.createElement('div');
  root.className = 'chip';
  shadow.append(style, root);
  let anchored: HTMLElement | null = null;

  const place = () => {
    if (!anchored) return;
    const rect = anchored.getBoundingClientRect();
    element.style.transform = `translate(${Math.round(rect.right)}px, ${Math.round(rect.top)}px)`;
  };

  return {
    element,
    root,
    anchor(composer) {
      anchored = composer;
      if (!element.isConnected) (doc.body ?? doc.documentElement).append(element);
      place();
    },
    reposition: place,
    contains: (target) =>
      target instanceof Node && (target === element || element.contains(target) || shadow.contains(target)),
    remove() {
      anchored = null;
      element.remove();
    },
  };
}

/**
 * Shows the chip host beside whichever composer has focus, until `signal` aborts; then
 * everything it added to the page is gone.
 */
export function mountChipHost(doc: Document, label: string, signal: AbortSignal): ChipHost {
  const host = createChipHost(doc, label);
  followComposers(
    doc,
    {
      enter: (composer) => host.anchor(composer),
      leave: () => host.remove(),
      isOwn: (target) => host.contains(target),
    },
    signal,
  );
  let frame = 0;
  const schedule = () => {
    if (frame || !host.element.isConnected) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      host.reposition();
    });
  };
  const view = doc.defaultView;
  doc.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  view?.addEventListener('resize', schedule, { passive: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      if (frame) cancelAnimationFrame(frame);
      host.remove();
    },
    { once: true },
  );
  return host;
}
