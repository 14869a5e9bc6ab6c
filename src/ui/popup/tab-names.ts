// The popup's tabs by name, as an address names one (popup.html#phrases): read by the
// popup's first script before its view has loaded.
export type PopupTab = 'today' | 'phrases' | 'ask';
export const POPUP_TABS: readonly PopupTab[] = ['today', 'phrases', 'ask'];

/** The tab an address names (`#phrases`), else Today. */
export function tabOf(hash: string): PopupTab {
  const named = hash.replace(/^#/, '');
  return POPUP_TABS.find((tab) => tab === named) ?? 'today';
}
