// The popup's module: everything its first paint needs is in it (the build makes it one
// file: wxt.config.ts), so no chunk waits for another to run. The reads of Today start first;
// then the popup renders in the language the last page showed, whose catalog that page kept
// (src/i18n/kept.ts), so the first paint waits for no round trip: at once, or, where
// popup-frame.js already painted the kept first frame, once Today's reads are in (mount).
// App reads the setting itself after that and follows it where the copy was wrong. With no
// copy (a first open, a new build), the setting and the catalog are read first, as they must
// be: the popup never paints message keys.
import '../../src/ui/theme.css';
import '../../src/ui/popup/popup.css';
import { render } from 'preact';
import { type Locale, resolveLocale } from '../../src/i18n';
import { keptLocale } from '../../src/i18n/kept';
import { catalogAtOnce, loadCatalog } from '../../src/i18n/load';
import { uiLanguage } from '../../src/platform/runtime';
import { language } from '../../src/settings';
import { keepFirstFrame } from '../../src/ui/popup/first-frame';
import { FRAME_STEP, MODULE_STEP, MOUNTED_STEP } from '../../src/ui/popup/marks';
import { App } from './App';
import { startOpening } from './opening';

performance.mark(MODULE_STEP);
const opening = startOpening(location.hash, Date.now());

/** The language the last page showed, when its catalog was kept too. */
function localeAtOnce(): Locale | undefined {
  const locale = keptLocale();
  return locale && catalogAtOnce(locale) ? locale : undefined;
}

async function readLocale(): Promise<Locale> {
  // The setting is "auto" unless changed, so the browser's language is the likely one.
  const likely = loadCatalog(resolveLocale('auto', uiLanguage()));
  likely.catch(() => undefined);
  // Should the setting fail to read, the popup still opens, in the browser's language.
  const setting = await language.get().catch(() => 'auto' as const);
  const locale = resolveLocale(setting, uiLanguage());
  await loadCatalog(locale);
  return locale;
}

/**
 * How long the first render waits at most for Today's reads when the kept frame is already on
 * screen. Those reads were asked for by the first script and are usually in when the module
 * runs, so Today renders once, with its content, instead of first as loading (the frame's
 * markup, already on screen) and then once for each read that answers: some 7 ms of the
 * popup's start (bench/popup.ts). A read that takes longer (the worker asked for the meetings)
 * gets the loading render after this wait, and Today when it answers, as without a frame.
 */
const FIRST_RENDER_WAIT = 50;

/** Whether popup-frame.js painted the kept frame, in `locale`: the loading render is on screen. */
function framePainted(locale: Locale): boolean {
  return performance.getEntriesByName(FRAME_STEP).length > 0 && document.documentElement.lang === locale;
}

function mount(locale: Locale): void {
  const root = document.getElementById('app');
  if (!root) return;
  const draw = () => {
    render(<App opening={opening} firstLocale={locale} />, root);
    performance.mark(MOUNTED_STEP);
  };
  if (framePainted(locale)) {
    // render() takes over the frame's nodes; the frame was this build's first render, and is kept.
    const waited = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT));
    void Promise.race([opening.read, waited]).then(draw);
    return;
  }
  draw();
  // The first render, before any read has answered: no personal data, the same every time.
  // Kept after the paint, for the next popup's first script to paint at once.
  const html = root.innerHTML;
  requestAnimationFrame(() => setTimeout(() => keepFirstFrame(opening.tab, locale, html)));
}

const atOnce = localeAtOnce();
if (atOnce) mount(atOnce);
else void readLocale().then(mount);
