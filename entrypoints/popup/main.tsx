import { render } from 'preact';
import '../../src/ui/theme.css';
import '../../src/ui/popup/popup.css';
import { resolveLocale } from '../../src/i18n';
import { uiLanguage } from '../../src/platform';
import { App } from './App';
import { startOpening } from './opening';

// Start every read before the first render, and render once the language is known, so the
// popup never paints in the wrong language; each other part shows as it arrives.
const opening = startOpening(location.hash, Date.now());
const root = document.getElementById('app');
if (root) {
  void opening.locale
    .catch(() => resolveLocale('auto', uiLanguage()))
    .then((locale) => render(<App opening={opening} firstLocale={locale} />, root));
}
