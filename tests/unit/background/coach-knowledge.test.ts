// The coach's knowledge a chat tab asks the worker for (`coachKnowledge`): read from the
// file the build put in the package, once while the worker lives, and only for a language
// Echt ships; anything else a page might send is refused without reading anything.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chatHandlers } from '../../../src/background/chat-sites';
import { coachData } from '../../../src/coach';

let fetched: string[];
let missing: Set<string>;

beforeEach(() => {
  fetched = [];
  missing = new Set();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: URL | string) => {
      const href = String(url);
      fetched.push(href);
      const locale = href.match(/coach\/(en|nl)\.json$/)?.[1];
      if (!locale || missing.has(locale)) return new Response('', { status: 404 });
      return new Response(JSON.stringify(coachData(locale as 'en' | 'nl')));
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

describe('coachKnowledge', () => {
  it("answers with a language's knowledge from the package, read once while the worker lives", async () => {
    const data = await chatHandlers.coachKnowledge({ locale: 'en' });
    expect(data).toEqual(JSON.parse(JSON.stringify(coachData('en'))));
    expect(fetched).toEqual([expect.stringMatching(/^chrome-extension:\/\/[^/]+\/coach\/en\.json$/)]);
    await chatHandlers.coachKnowledge({ locale: 'en' });
    expect(fetched).toHaveLength(1);
  });

  it('refuses anything but a language Echt ships, and reads nothing for it', async () => {
    for (const locale of ['fr', '../background', '', 7, null, { en: 1 }]) {
      // A page's content script can send anything; the type is only what Echt's own code sends.
      const request = { locale } as unknown as Parameters<typeof chatHandlers.coachKnowledge>[0];
      await expect(chatHandlers.coachKnowledge(request)).rejects.toThrow();
    }
    expect(fetched).toEqual([]);
  });

  it('reads the file again when it could not be read before', async () => {
    missing.add('nl');
    await expect(chatHandlers.coachKnowledge({ locale: 'nl' })).rejects.toThrow();
    missing.clear();
    expect((await chatHandlers.coachKnowledge({ locale: 'nl' })).locale).toBe('nl');
    expect(fetched).toHaveLength(2);
  });
});
