// Every unit test starts from an empty fake browser and an empty page. IndexedDB (fake)
// lives for a whole test file: tests that use a store clear it themselves.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addBundledCatalogs } from '../../src/i18n/bundled';

// Components and the worker's texts are tested in both languages without loading a catalog first.
addBundledCatalogs();

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  document.body.innerHTML = '';
});
