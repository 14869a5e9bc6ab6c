// The popup's first frame, painted before its script has loaded. The popup's first render
// is the same every time (Today loading, or the tab the address names, with no data yet:
// no person, no meeting, no setting), so right after it the popup keeps its markup in the
// extension's localStorage; on the next open a tiny classic script
// (entrypoints/popup-frame.ts, the only script popup.html runs) puts that markup on the page
// at once and, as it paints, starts the big module (which popup.html only names);
// Preact's render() then takes over the same nodes.
//
// A kept frame is used only when it is exactly what the module is about to render: the same
// build (the module script's address, which changes with any change to its code), the same
// tab, and the language the module will render in first (the kept language whose catalog is
// kept for this build: main.tsx renders in it at once). Anything else, and nothing is painted
// early: the module renders as it always did. It holds no personal data (the first render
// shows none), and "delete everything" removes it with the other copies (kept.ts).
import type { Locale } from '../../i18n';
import { kept, keptCatalog, keptKey, keptLocale } from '../../i18n/kept';
import { FRAME_SCRIPT_STEP, FRAME_STEP, RENDERED_MARK } from './marks';
import type { PopupTab } from './tab-names';

interface FirstFrame {
  build: string;
  locale: Locale;
  html: string;
}

const frameKey = (tab: PopupTab) => keptKey(`popupFrame.${tab}`);

/**
 * The popup's module as popup.html names it: on its first script, for that script to start
 * (wxt.config.ts), or a module script (a dev server's page, or a module already started). Its
 * hashed address changes with every build of the popup's code.
 */
function moduleAddress(): { src: string; started: boolean } | undefined {
  const src = document.querySelector<HTMLElement>('script[data-echt-module]')?.dataset.echtModule;
  if (src) return { src, started: false };
  const script = document.querySelector('script[type="module"][src]')?.getAttribute('src');
  return script ? { src: script, started: true } : undefined;
}

function currentBuild(): string | undefined {
  return moduleAddress()?.src;
}

/** The language main.tsx renders in at once: the kept one, when this build's catalog for it is kept too. */
function localeAtOnce(): Locale | undefined {
  const locale = keptLocale();
  return locale && keptCatalog(locale) ? locale : undefined;
}

/** Keeps the first render's markup for `tab`; asked right after that render. Never throws. */
export function keepFirstFrame(tab: PopupTab, locale: Locale, html: string): void {
  const build = currentBuild();
  if (build === undefined) return;
  const frame: FirstFrame = { build, locale, html };
  const text = JSON.stringify(frame);
  try {
    const storage = kept();
    if (storage?.getItem(frameKey(tab)) !== text) storage?.setItem(frameKey(tab), text);
  } catch {
    // Full or refused: the next popup paints when its module renders, as before.
  }
}

/** The kept markup for `tab` if it is what the module will render first; else undefined. */
export function keptFirstFrame(tab: PopupTab): Pick<FirstFrame, 'locale' | 'html'> | undefined {
  try {
    const text = kept()?.getItem(frameKey(tab));
    if (!text) return undefined;
    const frame: unknown = JSON.parse(text);
    if (typeof frame !== 'object' || frame === null) return undefined;
    const { build, locale, html } = frame as Partial<Record<keyof FirstFrame, unknown>>;
    if (typeof html !== 'string' || build !== currentBuild()) return undefined;
    const atOnce = localeAtOnce();
    return atOnce !== undefined && locale === atOnce ? { locale: atOnce, html } : undefined;
  } catch {
    return undefined;
  }
}

/** How long the module waits at most for the kept frame's paint, in ms. */
const MODULE_AT_THE_LATEST = 250;

/** Runs `then` after the browser painted what is on the page now: a frame, then a task. */
export function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then));
}

/** Marks `name` once, after the browser painted what was just put on the page. */
export function markAfterPaint(name: string): void {
  const unmarked = () => performance.getEntriesByName(name).length === 0;
  if (unmarked()) afterPaint(() => unmarked() && performance.mark(name));
}

/**
 * Puts the popup's module on the page (popup.html only names it), once: the module script it
 * adds is then what `moduleAddress` finds. Nothing where the page runs the module itself.
 */
function startModule(): void {
  const address = moduleAddress();
  if (!address || address.started) return;
  document.querySelector('script[data-echt-module]')?.removeAttribute('data-echt-module');
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = address.src;
  document.body.append(script);
}

/**
 * Paints the kept first frame into `root` if there is one that fits, marks the first render
 * after its paint, and puts the module on the page in the frame's animation callback, just
 * before that paint: it is fetched while the frame paints and runs after it. A module that
 * ran first would hold the paint back for as long as it takes to run. Without a frame the
 * module starts at once.
 */
export function paintFirstFrame(root: Element | null, tab: PopupTab): void {
  performance.mark(FRAME_SCRIPT_STEP);
  const frame = keptFirstFrame(tab);
  if (frame === undefined || !root || root.firstChild) {
    startModule();
    return;
  }
  document.documentElement.lang = frame.locale;
  root.innerHTML = frame.html;
  performance.mark(FRAME_STEP);
  markAfterPaint(RENDERED_MARK);
  requestAnimationFrame(startModule);
  // A page the browser does not show (a tab opened behind others) gets no frame until it is
  // shown: the module starts anyway, so its reads are done by then.
  setTimeout(startModule, MODULE_AT_THE_LATEST);
}
