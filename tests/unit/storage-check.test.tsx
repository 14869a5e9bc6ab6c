// Storage that is not there: IndexedDB refused (a private window, a full disk) is said in
// plain words on the options page; a full storage is told apart from other failures.
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { indexedDbWorks, isStorageFull } from '../../src/platform/storage-check';
import { StorageNotice } from '../../src/ui/options/StorageNotice';

/** IndexedDB as a Firefox private window used to have it: there, but every open fails. */
const refusing = {
  open() {
    throw new DOMException(
      'A mutation operation was attempted on a database that did not allow mutations.',
      'InvalidStateError',
    );
  },
} as unknown as IDBFactory;

describe('indexedDbWorks', () => {
  it('is true where IndexedDB opens, false where the browser refuses it', async () => {
    expect(await indexedDbWorks()).toBe(true);
    expect(await indexedDbWorks(refusing)).toBe(false);
  });
});

describe('isStorageFull', () => {
  it("knows IndexedDB's and extension storage's way of saying so, also as text from the worker", () => {
    expect(isStorageFull(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
    expect(isStorageFull(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isStorageFull('Error: QUOTA_BYTES_PER_ITEM quota exceeded')).toBe(true);
    expect(isStorageFull(new Error('Failed to fetch'))).toBe(false);
  });
});

describe('StorageNotice', () => {
  it('says in plain words what does not work, and that reminders from settings still come', async () => {
    render(<StorageNotice t={translator('en')} check={async () => false} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Echt cannot use this browser's storage right now .* Reminders you set up in the settings still come\.$/,
    );
  });

  it('says nothing when storage works', async () => {
    render(<StorageNotice t={translator('en')} check={async () => true} />);
    await Promise.resolve();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
