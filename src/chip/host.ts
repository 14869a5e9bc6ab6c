// The chip's host in the page: an <echt-chip> element with an open shadow root, placed
// beside the composer with fixed positioning. It lives at the end of <body>, never
// inside the editor, so nothing Echt draws can be sent with a message, and being fixed
// it takes no space in the page's layout.
import { followComposers } from '../composer';

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

/** Room the chip needs above the composer; with less, it opens below the composer. */
const ROOM_ABOVE_PX = 150;

export interface ChipHost {
  readonly element: HTMLElement;
  /** The chip's root element in the shadow root; the chip's content is rendered into it. */
  readonly root: HTMLElement;
  /** A polite live region for screen readers, outside the chip so it outlives each chip. */
  readonly status: HTMLElement;
  /** Places the host at the composer's top-right corner, just above it. */
  anchor(composer: HTMLElement): void;
  /** Follows the anchored composer after the page scrolled or resized. */
  reposition(): void;
  setLabel(label: string): void;
  /** The chip's stylesheet, as chipSetup brings it (style.ts). */
  setStyle(css: string): void;
  contains(target: EventTarget | null): boolean;
  remove(): void;
}

function createChipHost(doc: Document, label: string): ChipHost {
  const element = doc.createElement(CHIP_TAG);
  element.setAttribute('style', HOST_STYLE);
  element.setAttribute('role', 'region');
  element.setAttribute('aria-label', label);
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  const root = doc.createElement('div');
  root.className = 'chip';
  const status = doc.createElement('div');
  status.className = 'sr';
  status.setAttribute('role', 'status');
  shadow.append(style, root, status);
  let anchored: HTMLElement | null = null;

  const place = () => {
    if (!anchored) return;
    const rect = anchored.getBoundingClientRect();
    element.style.transform = `translate(${Math.round(rect.right)}px, ${Math.round(rect.top)}px)`;
    element.style.setProperty('--echt-x', `${Math.round(rect.right)}px`);
    element.style.setProperty('--echt-h', `${Math.round(rect.height)}px`);
    root.dataset.side = rect.top < ROOM_ABOVE_PX ? 'below' : 'above';
  };

  return {
    element,
    root,
    status,
    anchor(composer) {
      anchored = composer;
      if (!element.isConnected) (doc.body ?? doc.documentElement).append(element);
      place();
    },
    reposition: place,
    setLabel: (text) => element.setAttribute('aria-label', text),
    setStyle: (css) => {
      if (style.textContent !== css) style.textContent = css;
    },
    contains: (target) =>
      target instanceof Node && (target === element || element.contains(target) || shadow.contains(target)),
    remove() {
      anchored = null;
      element.remove();
    },
  };
}

/** Hears which composer the chip belongs to; both are optional. */
interface ChipHostEvents {
  enter?(composer: HTMLElement): void;
  leave?(): void;
}

/**
 * Shows the chip host beside whichever composer has focus, until `signal` aborts; then
 * everything it added to the page is gone.
 */
export function mountChipHost(
  doc: Document,
  label: string,
  signal: AbortSignal,
  events: ChipHostEvents = {},
): ChipHost {
  const host = createChipHost(doc, label);
  followComposers(
    doc,
    {
      enter: (composer) => {
        host.anchor(composer);
        events.enter?.(composer);
      },
      leave: () => {
        events.leave?.();
        host.remove();
      },
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
