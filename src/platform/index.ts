// Thin wrappers over the browser's extension API (browser.*), shared by several contexts:
// the messaging transport and manifest look-ups (runtime.ts), hearing about stored changes
// (storage-watch.ts), optional host permissions (permissions.ts), the welcome page's test
// notification (notifications.ts) and the keyboard commands (commands.ts); with them helpers
// every context may use: match patterns (match-patterns.ts), a serial queue (queue.ts), and
// whether IndexedDB works and an error means storage is full (storage-check.ts). Only this
// folder, src/background and entrypoints/ call browser.* themselves.
export { popupShortcut, TOGGLE_SITE_COMMAND } from './commands';
export { isHost, isOrigin, matchesPattern, originPattern, patternOrigin } from './match-patterns';
export { showTestNotification, TEST_NOTIFICATION, type TestNotificationResult } from './notifications';
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
export { indexedDbWorks, isStorageFull } from './storage-check';
export { onStoredChange } from './storage-watch';
