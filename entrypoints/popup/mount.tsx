// The popup's view, loaded by main.tsx beside its first reads: Preact, the container and
// every component, rendered once the language is known.
import { render } from 'preact';
import type { Locale } from '../../src/i18n';
import { App } from './App';
import type { Opening } from './opening';

export function mount(root: HTMLElement, opening: Opening, locale: Locale): void {
  render(<App opening={opening} firstLocale={locale} />, root);
}
