// "Use Echt on this site" / "Turn off on this site" for the tab the popup was opened on.
import { useEffect, useState } from 'preact/hooks';
import type { SiteStatus } from '../../src/chip';
import { activeTabUrl, requestOrigin, sendMessage } from '../../src/platform';

/** `after`: the worker is asked once it settles (Today first: see Opening.todayShown). */
export function useSiteToggle(after: Promise<unknown>): {
  status: SiteStatus | null;
  onToggle: (enabled: boolean) => void;
} {
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<SiteStatus | null>(null);

  useEffect(() => {
    void (async () => {
      await after;
      const current = await activeTabUrl();
      if (!current) return;
      setUrl(current);
      setStatus(await sendMessage('siteStatus', { url: current }));
    })().catch(() => undefined);
  }, [after]);

  const toggle = async (enabled: boolean) => {
    if (!url || !status) return;
    // Asked in the click: the browser shows the prompt only during a user gesture.
    const origin = status.permission?.origins[0];
    if (enabled && origin && !status.granted && !(await requestOrigin(origin))) return;
    setStatus((await sendMessage('setSiteEnabled', { url, enabled })).status);
  };

  return { status, onToggle: (enabled) => void toggle(enabled).catch(() => undefined) };
}
