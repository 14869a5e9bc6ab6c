// A stored setting as live state: read once, then follow changes from any context.
import { useEffect, useState } from 'preact/hooks';
import type { Setting } from '../settings/define';

/** null until the stored value has been read. */
export function useSetting<T>(setting: Setting<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void setting.get().then((stored) => live && setValue(stored));
    const stop = setting.watch(setValue);
    return () => {
      live = false;
      stop();
    };
  }, [setting]);
  return value;
}
