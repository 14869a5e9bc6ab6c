import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { language } from '../../src/settings';
import { defineSetting } from '../../src/settings/define';
import { installDefaults } from '../../src/settings/install';

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

  it('refuses to store a value its repair would change', async () => {
    await expect(rules.set({ cap: -1, words: [] })).rejects.toThrow(TypeError);
    await rules.set({ cap: 1, words: [] });
    expect(await rules.get()).toEqual({ cap: 1, words: [] });
  });
});

describe('update: a change applied to the value stored now', () => {
  const counter = defineSetting<number>({
    key: 'local:test.counter',
    fallback: 0,
    version: 1,
    isValid: (value): value is number => typeof value === 'number' && value >= 0,
  });

  it('loses none of several changes started together', async () => {
    await Promise.all([1, 2, 3].map(() => counter.update((count) => count + 1)));
    expect(await counter.get()).toBe(3);
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
