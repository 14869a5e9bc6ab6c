// The popup's first script, kept small so its work starts at once. The language gates the
// first render (the popup never paints in the wrong one), so it is read here, beside the
// likely catalog; the other reads (opening.ts) and the view (mount.tsx) load side by side
// meanwhile, and each other part shows as it arrives.
import '../../src/ui/theme.css';
import '../../src/ui/popup/popup.css';
import { type Locale, resolveLocale } from '../../src/i18n';
import { loadCatalog } from '../../src/i18n/load';
import { uiLanguage } from '../../src/platform/runtime';
import { language } from '../../src/settings';

async function openingLocale(): Promise<Locale> {
  // The setting is "auto" unless changed, so the browser's language is the likely one.
  const likely = loadCatalog(resolveLocale('auto', uiLanguage()));
  likely.catch(() => undefined);
  // Should the setting fail to read, the popup still opens, in the browser's language.
  const setting = await language.get().catch(() => 'auto' as const);
  const locale = resolveLocale(setting, uiLanguage());
  await loadCatalog(locale);
  return locale;
}

const locale = openingLocale();
const view = import('./mount');
const root = document.getElementById('app');
void import('./opening').then(({ startOpening }) => {
  const opening = startOpening(location.hash, Date.now());
  void Promise.all([locale, view]).then(([first, { mount }]) => {
    if (root) mount(root, opening, first);
  });
});
