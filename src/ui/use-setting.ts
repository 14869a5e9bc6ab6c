// A stored setting as live state: read once, then follow changes from any context.
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import type { Setting } from '../settings/define';
import { settledNow } from './settled';

/**
 * null until the stored value has been read. `first` is a read already started (the popup
 * starts its reads before its first render): when it was tracked (./settled.ts) and is in,
 * the first render shows it; otherwise it is picked up in a layout effect, so a value that is
 * there by then shows in the same frame. A failed read shows the default.
 */
export function useSetting<T>(setting: Setting<T>, first?: Promise<T>): T | null {
  return useEditableSetting(setting, first)[0];
}

/**
 * useSetting with a way to change it that shows at once: the change is applied to what is on
 * screen in the same frame, then stored (one writer at a time, from the value stored then).
 * Without this a box the user ticks would spring back on any re-render until the write came
 * back. When the write fails, the stored value is read again and shown.
 */
export function useEditableSetting<T>(
  setting: Setting<T>,
  first?: Promise<T>,
): [T | null, (change: (current: T) => T) => Promise<void>] {
  const [value, setValue] = useState<T | null>(() => {
    const read = first ? settledNow(first) : 'pending';
    return read === 'pending' ? null : read === 'failed' ? setting.fallback : read.value;
  });
  useLayoutEffect(() => {
    let live = true;
    (first ?? setting.get()).then(
      (stored) => live && setValue(stored),
      () => live && setValue(setting.fallback),
    );
    const stop = setting.watch((changed) => live && setValue(changed));
    return () => {
      live = false;
      stop();
    };
  }, [setting, first]);
  const edit = useCallback(
    async (change: (current: T) => T) => {
      setValue((shown) => (shown === null ? shown : change(shown)));
      try {
        setValue(await setting.update(change));
      } catch {
        setValue(await setting.get().catch(() => setting.fallback));
      }
    },
    [setting],
  );
  return [value, edit];
}
