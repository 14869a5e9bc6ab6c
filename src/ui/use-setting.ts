// A stored setting as live state: read once, then follow changes from any context.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Setting } from '../settings/define';

/**
 * null until the stored value has been read. `first` is a read already started (the popup
 * starts its reads before its first render); it is picked up in a layout effect, so a
 * value that is already there shows in the same frame. A failed read shows the default.
 */
export function useSetting<T>(setting: Setting<T>, first?: Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
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
  return value;
}
