// The popup's module: everything its first paint needs is in it or loads beside it
// (static imports, which popup-frame.js fetches beside it), so no chunk waits for another
// to run. The reads of Today start first; then the popup renders at once in the language
// the last page showed, whose catalog that page kept (src/i18n/kept.ts), so the first paint
// waits for no round trip. App reads the setting itself after that and follows it where the copy
// was wrong. With no copy (a first open, a new build), the setting and the catalog are
// read first, as they must be: the popup never paints message keys.
import '../../src/ui/theme.css';
import '../../src/ui/popup/popup.css';
import { render } from 'preact';
import { type Locale, resolveLocale } from '../../src/i18n';
import { keptLocale } from '../../src/i18n/kept';
import { catalogAtOnce, loadCatalog } from '../../src/i18n/load';
import { uiLanguage } from '../../src/platform/runtime';
import { language } from '../../src/settings';
import { keepFirstFrame } from '../../src/ui/popup/first-frame';
import { MODULE_STEP, MOUNTED_STEP } from '../../src/ui/popup/marks';
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

function mount(locale: Locale): void {
  const root = document.getElementById('app');
  if (!root) return;
  // Over the first frame popup-frame.js may have painted: render() takes over its nodes.
  render(<App opening={opening} firstLocale={locale} />, root);
  performance.mark(MOUNTED_STEP);
  // The first render, before any read has answered: no personal data, the same every time.
  // Kept after the paint, for the next popup's first script to paint at once.
  const html = root.innerHTML;
  requestAnimationFrame(() => setTimeout(() => keepFirstFrame(opening.tab, locale, html)));
}

const atOnce = localeAtOnce();
if (atOnce) mount(atOnce);
else void readLocale().then(mount);
