// What the worker's tests give the fake browser: Echt's manifest with Slack as its one
// built-in chat site, and an English browser.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export function stubManifestWithSlack(): void {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Echt',
    version: '0.1.0',
    content_scripts: [{ matches: ['https://app.slack.com/*'], js: ['content-scripts/chat.js'] }],
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
}
