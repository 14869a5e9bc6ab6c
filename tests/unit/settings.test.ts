import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { language } from '../../src/settings';
import { defineSetting } from '../../src/settings/define';
import { feedSources, feedStatuses } from '../../src/settings/feeds';
import { installDefaults } from '../../src/settings/install';
import { reminderRules, reminderState } from '../../src/settings/reminders';

describe('language setting', () => {
  it('reads as "auto" on a fresh install', async () => {
    expect(await language.get()).toBe('auto');
  });

  it('is written on install so every context sees the same value', async () => {
    await installDefaults();
    expect(await fakeBrowser.storage.local.get('settings.language')).toEqual({ 'settings.language': 'auto' });
  });

  it('keeps a valid choice over install', async () => {
    await language.set('nl');
    await installDefaults();
    expect(await language.get()).toBe('nl');
  });

  it('repairs a damaged stored value from the default', async () => {
    await fakeBrowser.storage.local.set({ 'settings.language': { broken: true } });
    expect(await language.get()).toBe('auto');
    expect(await fakeBrowser.storage.local.get('settings.language')).toEqual({ 'settings.language': 'auto' });
  });

  it('refuses to store an invalid value', async () => {
    await expect(language.set('fr' as never)).rejects.toThrow(TypeError);
    expect(await language.get()).toBe('auto');
  });

  it('tells watchers about changes from other contexts', async () => {
    const seen: string[] = [];
    const stop = language.watch((value) => seen.push(value));
    await fakeBrowser.storage.local.set({ 'settings.language': 'nl' });
    await fakeBrowser.storage.local.set({ 'settings.language': 42 });
    stop();
    expect(seen).toEqual(['nl', 'auto']);
  });
});

describe('setting migrations', () => {
  const isSize = (value: unknown): value is 'small' | 'large' => value === 'small' || value === 'large';

  it('runs numbered migrations on data stored by an older version', async () => {
    // Version 1 stored a boolean "compact"; version 2 stores a size name.
    await fakeBrowser.storage.local.set({ 'settings.chipSize': true, 'settings.chipSize$': { v: 1 } });
    const chipSize = defineSetting({
      key: 'local:settings.chipSize',
      fallback: 'large',
      version: 2,
      migrations: { 2: (old) => (old === true ? 'small' : 'large') },
      isValid: isSize,
    });
    await chipSize.migrate();
    expect(await chipSize.get()).toBe('small');
  });

  it('falls back to the default when a migration produces nonsense', async () => {
    await fakeBrowser.storage.local.set({ 'settings.chipSize': 'tiny', 'settings.chipSize$': { v: 1 } });
    const chipSize = defineSetting({
      key: 'local:settings.chipSize',
      fallback: 'large',
      version: 2,
      migrations: { 2: (old) => old },
      isValid: isSize,
    });
    await chipSize.migrate();
    expect(await chipSize.get()).toBe('large');
  });
});

describe('structured settings with field-by-field repair', () => {
  interface Rules {
    cap: number;
    words: string[];
  }
  const repairRules = (value: unknown): Rules => {
    const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Rules, unknown>>;
    return {
      cap: typeof stored.cap === 'number' && stored.cap >= 0 ? stored.cap : 3,
      words: Array.isArray(stored.words) ? stored.words.filter((word) => typeof word === 'string') : ['Focus'],
    };
  };
  const rules = defineSetting<Rules>({
    key: 'local:test.rules',
    fallback: repairRules({}),
    version: 1,
    repair: repairRules,
  });

  it('mends only the damaged field and keeps the rest of what the user chose', async () => {
    await fakeBrowser.storage.local.set({ 'test.rules': { cap: 'lots', words: ['Lunch', 7, 'OOO'] } });
    expect(await rules.get()).toEqual({ cap: 3, words: ['Lunch', 'OOO'] });
    expect(await fakeBrowser.storage.local.get('test.rules')).toEqual({
      'test.rules': { cap: 3, words: ['Lunch', 'OOO'] },
    });
  });

  it('is not written again when read back with its keys in another order (as Chrome gives them back)', async () => {
    // Chrome's storage.local returns an object's keys sorted; taken for damage, the reminder
    // rules and state were written again on every read (every popup open).
    const sorted = (value: object) => Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
    await reminderRules.update((current) => ({ ...current, leadMinutes: 10 }));
    await reminderState.update((current) => current);
    const stored = await fakeBrowser.storage.local.get(['settings.reminders', 'state.reminders']);
    await fakeBrowser.storage.local.set({
      'settings.reminders': sorted(stored['settings.reminders'] as object),
      'state.reminders': sorted((stored['state.reminders'] ?? (await reminderState.get())) as object),
      'state.reminders$': { v: 2 },
    });
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect((await reminderRules.get()).leadMinutes).toBe(10);
    await reminderState.get();
    expect(writes).not.toHaveBeenCalled();
    writes.mockRestore();
  });

  it('refuses to store a value its repair would change', async () => {
    await expect(rules.set({ cap: -1, words: [] })).rejects.toThrow(TypeError);
    await rules.set({ cap: 1, words: [] });
    expect(await rules.get()).toEqual({ cap: 1, words: [] });
  });
});

const COUNTER = {
  key: 'local:test.counter',
  fallback: 0,
  version: 1,
  isValid: (value: unknown): value is number => typeof value === 'number' && value >= 0,
} as const;

/** The browser's Web Locks as every context of the extension shares them: one queue per name. */
function sharedLocks() {
  const tails = new Map<string, Promise<unknown>>();
  const manager = {
    granted: 0,
    request<T>(name: string, task: () => Promise<T>): Promise<T> {
      const run = (tails.get(name) ?? Promise.resolve()).then(() => {
        manager.granted += 1;
        return task();
      });
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
  return manager;
}

describe('update: a change applied to the value stored now', () => {
  const counter = defineSetting<number>(COUNTER);

  it('loses none of several changes started together', async () => {
    await Promise.all([1, 2, 3].map(() => counter.update((count) => count + 1)));
    expect(await counter.get()).toBe(3);
  });

  it('loses no change made at the same time from two contexts (the worker and a page)', async () => {
    // Each context loads its own copy of the module; they share the browser's Web Locks.
    const inWorker = defineSetting<number>({ ...COUNTER, key: 'local:test.shared' });
    const inPage = defineSetting<number>({ ...COUNTER, key: 'local:test.shared' });
    const locks = sharedLocks();
    vi.stubGlobal('navigator', { ...navigator, locks });
    try {
      await Promise.all([
        inWorker.update((count) => count + 1),
        inPage.update((count) => count + 1),
        inWorker.update((count) => count + 1),
        inPage.update((count) => count + 10),
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(await inWorker.get()).toBe(13);
    expect(locks.granted).toBeGreaterThan(0);
  });

  it('starts from what another context stored meanwhile', async () => {
    await fakeBrowser.storage.local.set({ 'test.counter': 10 });
    expect(await counter.update((count) => count + 1)).toBe(11);
  });

  it('refuses a value the validator rejects and stores nothing', async () => {
    await counter.set(2);
    await expect(counter.update(() => -1)).rejects.toThrow(TypeError);
    expect(await counter.get()).toBe(2);
  });

  it('mends a structured value field by field and resolves to what was stored', async () => {
    const mended = defineSetting<{ cap: number }>({
      key: 'local:test.mended',
      fallback: { cap: 3 },
      version: 1,
      repair: (value) => ({ cap: Math.min(10, (value as { cap?: number } | null)?.cap ?? 3) }),
    });
    expect(await mended.update(() => ({ cap: 90 }))).toEqual({ cap: 10 });
    expect(await fakeBrowser.storage.local.get('test.mended')).toEqual({ 'test.mended': { cap: 10 } });
  });
});

describe('the calendars, repaired entry by entry', () => {
  it('keep every good calendar when one entry is damaged, and mend what can be mended', async () => {
    const team = {
      id: 'team',
      name: 'Team',
      color: '#3b7ddd',
      enabled: true,
      url: 'https://calendar.example/team.ics',
    };
    const holidays = { id: 'holidays', name: 'Holidays', color: '#2f9e44', enabled: false };
    await fakeBrowser.storage.local.set({
      'feeds.sources': [team, { ...holidays, color: 'red' }, { name: 'No id' }, { ...team, name: 'Team again' }],
      'feeds.status': { team: { state: 'synced', at: 1_700_000_000_000 }, holidays: { state: 'exploded' } },
    });
    expect(await feedSources.get()).toEqual([team, { ...holidays, color: '#3b7ddd' }]);
    expect(await feedStatuses.get()).toEqual({ team: { state: 'synced', at: 1_700_000_000_000 } });
  });
});
