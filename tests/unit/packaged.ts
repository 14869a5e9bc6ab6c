// The coach's knowledge files as the build writes them into the package (coach/<language>.json),
// served to fetch for one test: the settings' migration of old silences reads them.
import { onTestFinished, vi } from 'vitest';
import { coachData } from '../../src/coach';

export function servePackagedKnowledge(): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: URL | string) => {
      const locale = String(url).match(/\/coach\/(en|nl)\.json$/)?.[1];
      if (locale !== 'en' && locale !== 'nl') return new Response('', { status: 404 });
      return new Response(JSON.stringify(coachData(locale)));
    }),
  );
  onTestFinished(() => void vi.unstubAllGlobals());
}
