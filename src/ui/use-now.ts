// The clock as state, for pages that say "in 5 minutes" or "3 days ago".
import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `everyMs` so "3 minutes ago" stays true. */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
