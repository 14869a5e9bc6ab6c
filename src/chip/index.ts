// The chat chip, the content script's whole feature: beside the message box the user types
// in, a small card offers a kinder or more concrete wording for a phrase the coach found.
// entrypoints/chat.content/index.ts runs it (startChip, with the browser passed in as
// ChipIO); the background answers its requests (src/background/chat-sites.ts).
//
//   page.ts         asks the background whether and how the chip runs here, mounts it, follows changes
//   coach.ts        the coach on the page: its engine and knowledge asked for on first need, compiled while idle
//   controller.ts   its behaviour: wait for a pause, detect, show, accept, keys, focus
//   host.ts         the <echt-chip> element and its shadow root beside the composer (style.ts: its look)
//   view.ts         the card: the kind of phrase, why, the rewrites, the ways to say no
//   highlight.ts    the underline below the phrase, drawn by the browser, not in the editor
//   setup.ts        what the background sends: texts in the user's language, preferences
//   kind-labels.ts  the words naming each kind of phrase (the options page shows them too)
//   sites.ts        the built-in chat sites, and where the chip runs
//
// The background and the options page import setup.ts, sites.ts and kind-labels.ts
// themselves: through this index they would bundle the coach's detector, which only the
// chat tabs need.
import { CHAT_MATCHES as SITE_MATCHES } from './sites';

export { type CoachEngine, offeredEngine } from './coach';
export { type ChipIO, startChip } from './page';
export type { ChipSetup, ChipTexts } from './setup';
export type { SiteChange, SiteStatus } from './sites';

/**
 * The built-in sites' patterns, for the content script's `matches`: WXT reads them when it
 * imports the entrypoint at build time to write the manifest. The chat tab's own bundle
 * (ENTRYPOINT "chat") never reads them, so there the list is empty and the sites' names
 * and patterns stay out of it.
 */
export const CHAT_MATCHES: readonly string[] = import.meta.env.ENTRYPOINT === 'chat' ? [] : SITE_MATCHES;
