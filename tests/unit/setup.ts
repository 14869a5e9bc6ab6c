// Every unit test starts from an empty fake browser, no private settings, nothing in the
// page's localStorage and an empty page. The other IndexedDB stores (fake) live for a whole test file: tests that use one
// clear it themselves.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addBundledCatalogs } from '../../src/i18n/bundled';
import { clearRecords } from '../../src/settings/private-store';

// Components and the worker's texts are tested in both languages without loading a catalog first.
addBundledCatalogs();

beforeEach(async () => {
  fakeBrowser.reset();
  localStorage.clear();
  await clearRecords();
});

afterEach(() => {
  document.body.innerHTML = '';
});
