// The chip's host in the page: an <echt-chip> element with an open shadow root. It lives
// at the end of <body> (of the frame the composer is in), never inside the editor, so
// nothing Echt draws can be sent with a message; the card inside it is fixed-positioned,
// so it takes no space in the page's layout. Styles go in through the CSSOM and an adopted
// stylesheet, never a style attribute: pages with a strict Content-Security-Policy allow those.
//
// Where the card goes: above the composer, right-aligned with it; below it when there is
// no room above; when neither side has room for all of it (a phone-sized window, a chat
// side panel), on the roomier side with a scrollbar. Always inside the window, never over
// the composer, so neither the text being typed nor a send button beside it is covered.
import { followComposers } from '../composer';
import { adoptStyle } from './style';

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

/** Space kept between the card and the composer, and between the card and the window's edges. */
const GAP_PX = 6;
/** The card's widest, as in the style (24rem). */
const MAX_WIDTH_PX = 384;
/** Below this much room, a side counts as none: a card shorter than this says nothing. */
const LEAST_HEIGHT_PX = 48;

export interface ChipHost {
  readonly element: HTMLElement;
  /** The chip's root element in the shadow root; the chip's content is rendered into it. */
  readonly root: HTMLElement;
  /** A polite live region for screen readers, outside the chip so it outlives each chip. */
  readonly status: HTMLElement;
  /** Places the card beside the composer, and keeps it there as the composer grows. */
  anchor(composer: HTMLElement): void;
  /** Follows the anchored composer after the page scrolled or resized. */
  reposition(): void;
  /** Runs `follow` after each reposition: what else Echt draws over the composer (the textarea's underline). */
  onReposition(follow: () => void): void;
  setLabel(label: string): void;
  /** The chip's stylesheet, as chipSetup brings it (style.ts). */
  setStyle(css: string): void;
  contains(target: EventTarget | null): boolean;
  remove(): void;
}

interface Placement {
  left: number;
  top: number;
  /** Set when the card must scroll to fit. */
  maxHeight: number | null;
  side: 'above' | 'below';
}

/** Where a card of `size` goes beside `composer` in a window of `view`; pure, for the tests. */
export function placeCard(
  composer: Pick<DOMRect, 'top' | 'bottom' | 'right'>,
  size: { width: number; height: number },
  view: { width: number; height: number },
): Placement {
  const roomAbove = composer.top - 2 * GAP_PX;
  const roomBelow = view.height - composer.bottom - 2 * GAP_PX;
  const left = Math.max(GAP_PX, Math.min(composer.right - size.width, view.width - GAP_PX - size.width));
  if (size.height <= roomAbove)
    return { left, top: composer.top - GAP_PX - size.height, maxHeight: null, side: 'above' };
  if (size.height <= roomBelow) return { left, top: composer.bottom + GAP_PX, maxHeight: null, side: 'below' };
  // Neither side holds it all: the roomier one, scrolling. A composer that fills the window
  // leaves no room at all; the card then keeps to the top edge.
  if (roomAbove >= roomBelow) {
    const maxHeight = Math.max(roomAbove, LEAST_HEIGHT_PX);
    return { left, top: Math.max(GAP_PX, composer.top - GAP_PX - maxHeight), maxHeight, side: 'above' };
  }
  return { left, top: composer.bottom + GAP_PX, maxHeight: Math.max(roomBelow, LEAST_HEIGHT_PX), side: 'below' };
}

/**
 * The card's stylesheet in `shadow`, as chipSetup brings it: set again only when it changes,
 * the old sheet taken away.
 */
function chipSheet(shadow: ShadowRoot, signal: AbortSignal): (css: string) => void {
  let shown: { css: string; stop: AbortController } | null = null;
  return (css) => {
    if (shown?.css === css) return;
    shown?.stop.abort();
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { once: true });
    adoptStyle(shadow, css, stop.signal);
    shown = { css, stop };
  };
}

function createChipHost(doc: Document, label: string, signal: AbortSignal): ChipHost {
  const element = doc.createElement(CHIP_TAG);
  element.style.cssText = HOST_STYLE;
  element.setAttribute('role', 'region');
  element.setAttribute('aria-label', label);
  const shadow = element.attachShadow({ mode: 'open' });
  const sheet = chipSheet(shadow, signal);
  const root = doc.createElement('div');
  root.className = 'chip';
  const status = doc.createElement('div');
  status.className = 'sr';
  status.setAttribute('role', 'status');
  shadow.append(root, status);
  let anchored: HTMLElement | null = null;
  const followers: (() => void)[] = [];
  // The composer grows as lines are added; the card follows (the view repositions it when
  // "More" opens: observing the card itself would make each placement a new resize).
  const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => place());
  signal.addEventListener('abort', () => resize?.disconnect(), { once: true });

  function place(): void {
    if (!anchored) return;
    const rect = anchored.getBoundingClientRect();
    const view = doc.documentElement;
    const size = { width: view.clientWidth, height: view.clientHeight };
    root.style.maxWidth = `${Math.min(MAX_WIDTH_PX, size.width - 2 * GAP_PX)}px`;
    root.style.maxHeight = '';
    const card = root.getBoundingClientRect();
    const at = placeCard(rect, card, size);
    root.style.left = `${Math.round(at.left)}px`;
    root.style.top = `${Math.round(at.top)}px`;
    root.style.maxHeight = at.maxHeight === null ? '' : `${Math.floor(at.maxHeight)}px`;
    root.dataset.side = at.side;
    for (const follow of followers) follow();
  }

  return {
    element,
    root,
    status,
    anchor(composer) {
      if (anchored !== composer) {
        resize?.disconnect();
        resize?.observe(composer);
      }
      anchored = composer;
      if (!element.isConnected) (doc.body ?? doc.documentElement).append(element);
      place();
    },
    reposition: place,
    onReposition: (follow) => void followers.push(follow),
    setLabel: (text) => element.setAttribute('aria-label', text),
    setStyle: sheet,
    contains: (target) =>
      target instanceof Node && (target === element || element.contains(target) || shadow.contains(target)),
    remove() {
      anchored = null;
      resize?.disconnect();
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
  const host = createChipHost(doc, label, signal);
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
