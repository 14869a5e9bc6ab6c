// The parts of the browser the worker listens to at start that WXT's fake browser does not
// have (the chat sites' permission watch, the keyboard commands, the registered scripts):
// quiet stand-ins for the tests of the worker that are about something else.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export function stubUnfakedWorkerApis(): void {
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.commands.onCommand, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => []);
}
