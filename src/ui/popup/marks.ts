// Performance marks the popup sets, read by bench/popup.ts. Their startTime is measured
// from navigation start.

/** The first render, in the user's language, has painted: on Today, its heading is on screen. */
export const RENDERED_MARK = 'echt:popup-rendered';
/** Today's content is on screen too: meetings (or why there are none) and this week. */
export const READY_MARK = 'echt:popup-ready';

/**
 * Steps on the way, for `STEPS=1 npx tsx bench/popup.ts`: the first script runs, the kept
 * frame is in the page, the module's body runs, its first render is done, Today's slowest
 * reads have answered, and Today is rendered (not yet painted).
 */
export const FRAME_SCRIPT_STEP = 'echt:step-frame-script';
export const FRAME_STEP = 'echt:step-frame-in-page';
export const MODULE_STEP = 'echt:step-module-runs';
export const MOUNTED_STEP = 'echt:step-module-rendered';
export const MEETINGS_STEP = 'echt:step-meetings';
export const PEOPLE_STEP = 'echt:step-people';
export const TODAY_STEP = 'echt:step-today-rendered';
