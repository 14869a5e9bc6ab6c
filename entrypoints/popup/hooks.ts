// Small hooks of the popup's container. Reads started before the first render are picked
// up in a layout effect, right after rendering, so a value that is already there shows in
// the same frame instead of one frame later.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Setting } from '../../src/settings';

export type Settled<T> = { value: T } | 'pending' | 'failed';

export function useSettled<T>(promise: Promise<T>): Settled<T> {
  const [result, setResult] = useState<Settled<T>>('pending');
  useLayoutEffect(() => {
    let live = true;
    promise.then(
      (value) => live && setResult({ value }),
      () => live && setResult('failed'),
    );
    return () => {
      live = false;
    };
  }, [promise]);
  return result;
}

/** A setting whose first read already started: that value, then every change; null before. */
export function useLiveSetting<T>(setting: Setting<T>, first: Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useLayoutEffect(() => {
    let live = true;
    first.then(
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

const MINUTE = 60_000;

/** The time, moving on every minute: "in 5 minutes" stays true while the popup is open. */
export function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Says `text` in the live region; the same text twice is still announced twice. */
export function useAnnouncer(): [string, (text: string) => void] {
  const [announcement, setAnnouncement] = useState('');
  const announce = (text: string) => setAnnouncement((before) => (before === text ? `${text}\u00a0` : text));
  return [announcement, announce];
}
