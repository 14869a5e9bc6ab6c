// Every unit test starts from an empty fake browser and an empty page. IndexedDB (fake)
// lives for a whole test file: tests that use a store clear it themselves.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  document.body.innerHTML = '';
});
