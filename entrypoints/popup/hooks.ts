// Small hooks of the popup's container. Reads started before the first render are picked
// up in a layout effect, right after rendering, so a value that is already there shows in
// the same frame instead of one frame later.
import { useLayoutEffect, useState } from 'preact/hooks';

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

/** Says `text` in the live region; the same text twice is still announced twice. */
export function useAnnouncer(): [string, (text: string) => void] {
  const [announcement, setAnnouncement] = useState('');
  const announce = (text: string) => setAnnouncement((before) => (before === text ? `${text}\u00a0` : text));
  return [announcement, announce];
}
