// What every options section needs: the language it speaks and the translator.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale, Translate } from '../../src/i18n';

export interface OptionsContext {
  locale: Locale;
  t: Translate;
}

export const Options = createContext<OptionsContext | null>(null);

export function useOptions(): OptionsContext {
  const context = useContext(Options);
  if (!context) throw new Error('An options section was rendered outside the options page');
  return context;
}
