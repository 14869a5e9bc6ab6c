// The pages' user interface, in Preact: the toolbar popup (popup/, run by
// entrypoints/popup/main.tsx), the options page (options/, run by
// entrypoints/options/main.tsx), the look they share (theme.css) and the pieces both use:
// live settings, the locale and the clock as hooks, and the one labelled form field
// (Field.tsx). Components take props and callbacks;
// the containers in entrypoints/ read and write through src/settings, src/people and
// messages to the background.
export { type Settled, settledNow, track } from './settled';
export { useLocale } from './use-locale';
export { useNow } from './use-now';
export { useEditableSetting, useSetting } from './use-setting';
