// Performance marks the popup sets, read by bench/popup.ts. Their startTime is measured
// from navigation start.

/** The first render, in the user's language, has painted: on Today, its heading is on screen. */
export const RENDERED_MARK = 'echt:popup-rendered';
/** Today's content is on screen too: meetings (or why there are none) and this week. */
export const READY_MARK = 'echt:popup-ready';
