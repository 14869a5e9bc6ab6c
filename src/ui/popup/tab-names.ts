// The popup's tabs by name, as an address names one (popup.html#phrases): read by the
// popup's first script before its view has loaded.
export type PopupTab = 'today' | 'phrases' | 'ask';
export const POPUP_TABS: readonly PopupTab[] = ['today', 'phrases', 'ask'];
