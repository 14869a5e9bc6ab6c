// Thin wrappers over the browser's extension API (browser.*), shared by several contexts:
// the messaging transport and manifest look-ups (runtime.ts), hearing about stored changes
// (storage-watch.ts) and optional host permissions (permissions.ts); with them two pure
// helpers every context may use, match patterns (match-patterns.ts) and a serial queue
// (queue.ts). Only this folder, src/background and entrypoints/ call browser.* themselves.
export { isHost, isOrigin, matchesPattern, originPattern, patternOrigin } from './match-patterns';
export { requestOrigin } from './permissions';
export { serialQueue } from './queue';
export {
  activeTabUrl,
  extensionVersion,
  openOptionsPage,
  packagedJson,
  sendMessage,
  serveMessages,
  uiLanguage,
} from './runtime';
export { onStoredChange } from './storage-watch';
