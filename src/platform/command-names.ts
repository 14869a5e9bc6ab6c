// The names of Echt's own keyboard commands, as the manifest declares them (wxt.config.ts)
// and the worker answers them (src/background/commands.ts). Pure: the build reads it too.

/** Turns the chip on or off for the current tab's site. */
export const TOGGLE_SITE_COMMAND = 'toggle-site';
