// Every unit test starts from an empty fake browser, no private settings and an empty
// page. The other IndexedDB stores (fake) live for a whole test file: tests that use one
// clear it themselves.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearRecords } from '../../src/settings/private-store';

beforeEach(async () => {
  fakeBrowser.reset();
  await clearRecords();
});

afterEach(() => {
  document.body.innerHTML = '';
});
