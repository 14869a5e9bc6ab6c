// Small hooks of the popup's container. A read started before the first render shows in that
// render when it is already in (tracked: src/ui/settled.ts); else it is picked up in a layout
// effect, right after rendering, so a value there by then shows in the same frame instead of
// one frame later.
import { useLayoutEffect, useState } from 'preact/hooks';
import { type Settled, settledNow } from '../../src/ui';

export type { Settled };

export function useSettled<T>(promise: Promise<T>): Settled<T> {
  const [result, setResult] = useState<Settled<T>>(() => settledNow(promise));
  useLayoutEffect(() => {
    // A tracked promise's outcome is one object, so taking it again renders nothing new.
    const known = settledNow(promise);
    if (known !== 'pending') {
      setResult(known);
      return;
    }
    let live = true;
    promise.then(
      (value) => live && setResult(settledNow(promise) === 'pending' ? { value } : settledNow(promise)),
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
