// The background's side of the chip, with fakeBrowser and a small stand-in for the
// browser's dynamic content-script registry and host permissions.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chatHandlers, syncChatSites, watchChatPermissions } from '../../../src/background/chat-sites';
import { toggleSite } from '../../../src/background/commands';
import { language } from '../../../src/settings';
import { chatSites, coachPreferences } from '../../../src/settings/chat';
import { stubManifestWithSlack } from './browser';

type Registered = Browser.scripting.RegisteredContentScript;

const SLACK = 'https://app.slack.com/client/T1/C2';
const OWN = 'https://chat.example.org/team/channels/town';
const OWN_PATTERN = 'https://chat.example.org/*';

let registry: Map<string, Registered>;
let granted: Set<string>;
let injected: number[];
let revoke: ((permissions: Browser.permissions.Permissions) => void) | undefined;

beforeEach(() => {
  registry = new Map();
  granted = new Set();
  injected = [];
  stubManifestWithSlack();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => granted.has(origin)),
  );
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    for (const origin of origins) granted.delete(origin);
    return true;
  });
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation((listener) => {
    revoke = listener;
  });
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => {
    revoke = undefined;
  });
  const openTabs = [
    { id: 7, index: 0, url: OWN },
    { id: 8, index: 1, url: 'https://chat.example.org/other' },
  ] as Browser.tabs.Tab[];
  // The overloads of tabs.query (promise or callback) are more than this stand-in needs.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => openTabs) as typeof fakeBrowser.tabs.query);
  // fakeBrowser has no scripting API; this is the part of it Echt uses.
  (fakeBrowser as unknown as { scripting: object }).scripting = {
    getRegisteredContentScripts: async ({ ids = [] }: { ids?: string[] } = {}) =>
      ids.flatMap((id) => (registry.has(id) ? [registry.get(id) as Registered] : [])),
    registerContentScripts: async (scripts: Registered[]) => {
      for (const script of scripts) {
        if (registry.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registry.set(script.id, script);
      }
    },
    updateContentScripts: async (scripts: Registered[]) => {
      for (const script of scripts) registry.set(script.id, { ...registry.get(script.id), ...script });
    },
    unregisterContentScripts: async ({ ids = [] }: { ids?: string[] } = {}) => {
      for (const id of ids) registry.delete(id);
    },
    executeScript: async ({ target }: { target: { tabId: number } }) => {
      injected.push(target.tabId);
      return [];
    },
  };
});

/** The top frame of a tab at `url`, as the browser reports it with a request. */
const inTab = (url: string) => ({ top: url, url, origin: new URL(url).origin });

const registeredMatches = () => [...registry.values()].flatMap((script) => script.matches ?? []);

describe('chipSetup', () => {
  it('tells the page whether the chip runs there, in the user language, with the preferences', async () => {
    await language.set('nl');
    await coachPreferences.set({ disabledKinds: ['advice'], silenced: [], personalRules: [] });
    const setup = await chatHandlers.chipSetup(null, inTab(SLACK));
    expect(setup.enabled).toBe(true);
    expect(setup.locale).toBe('nl');
    expect(setup.texts.chipMore).toBe('Meer');
    expect(setup.preferences.disabledKinds).toEqual(['advice']);
    // The coach's preferences are private: the page hears that they changed, not what they are.
    expect(setup.keys).toEqual(['local:settings.language', 'local:changed.settings.coach', 'local:settings.chatSites']);
    expect((await chatHandlers.chipSetup(null, inTab(OWN))).enabled).toBe(false);
    // Echt's own pages are no chat site.
    expect((await chatHandlers.chipSetup(null)).enabled).toBe(false);
  });

  it('judges a frame by where the browser says it is: a frame written by Slack runs, a frame of Slack turned off does not', async () => {
    const written = { top: SLACK, url: 'about:srcdoc', origin: 'https://app.slack.com' };
    expect((await chatHandlers.chipSetup(null, written)).enabled).toBe(true);
    await chatSites.set({ disabled: ['app.slack.com'], enabled: [] });
    expect((await chatHandlers.chipSetup(null, written)).enabled).toBe(false);
    expect((await chatHandlers.chipSetup(null, { top: 'https://news.example/', url: SLACK })).enabled).toBe(false);
  });
});

describe('coachEngine', () => {
  /** What the worker puts into frames: the scripting call's target and files. */
  function watchInjections(): { target: object; files: string[] }[] {
    const calls: { target: object; files: string[] }[] = [];
    (fakeBrowser as unknown as { scripting: { executeScript: unknown } }).scripting.executeScript = async (call: {
      target: object;
      files: string[];
    }) => {
      calls.push(call);
      return [];
    };
    return calls;
  }

  it('puts the engine into the frame that asked, where the chip runs, and nowhere else', async () => {
    const calls = watchInjections();
    const frame = { ...inTab(SLACK), tabId: 3, frameId: 5 };
    await chatHandlers.coachEngine(null, frame);
    expect(calls).toEqual([{ target: { tabId: 3, frameIds: [5] }, files: ['/coach-engine.js'] }]);

    // A site that is turned off, a page that is no chat site, a sender that is no tab: nothing.
    await chatSites.set({ disabled: ['app.slack.com'], enabled: [] });
    await expect(chatHandlers.coachEngine(null, frame)).rejects.toThrow();
    await expect(chatHandlers.coachEngine(null, { ...inTab(OWN), tabId: 3, frameId: 0 })).rejects.toThrow();
    await expect(chatHandlers.coachEngine(null, inTab(SLACK))).rejects.toThrow();
    await expect(chatHandlers.coachEngine(null)).rejects.toThrow();
    expect(calls).toHaveLength(1);
  });
});

describe('coach preferences from the chip', () => {
  it('silences a phrase and turns a kind off, remembered in the setting', async () => {
    await chatHandlers.silencePhrase({ key: 'vague-offer:let me know if i can do anything' });
    await chatHandlers.setKindEnabled({ kind: 'minimizing', enabled: false });
    const stored = await coachPreferences.get();
    expect(stored.silenced).toEqual(['vague-offer:let me know if i can do anything']);
    expect(stored.disabledKinds).toEqual(['minimizing']);
  });

  it('stores no text that is not a silence key', async () => {
    await chatHandlers.silencePhrase({ key: 'Let me know if I can do anything for the funeral.' });
    expect((await coachPreferences.get()).silenced).toEqual([]);
  });

  it('loses no change when two tabs ask at the same time', async () => {
    await Promise.all([
      chatHandlers.setKindEnabled({ kind: 'advice', enabled: false }),
      chatHandlers.setKindEnabled({ kind: 'comparison', enabled: false }),
      chatHandlers.silencePhrase({ key: 'minimizing:cheer up' }),
    ]);
    const stored = await coachPreferences.get();
    expect([...stored.disabledKinds].sort()).toEqual(['advice', 'comparison']);
    expect(stored.silenced).toHaveLength(1);
  });
});

describe('a built-in chat site', () => {
  it('is on without any permission, and turned off by remembering its host', async () => {
    expect(await chatHandlers.siteStatus({ url: SLACK })).toEqual({
      host: 'app.slack.com',
      builtIn: true,
      enabled: true,
      permission: null,
      granted: true,
    });
    const off = await chatHandlers.setSiteEnabled({ url: SLACK, enabled: false });
    expect(off).toMatchObject({ ok: true, status: { enabled: false } });
    expect((await chatSites.get()).disabled).toEqual(['app.slack.com']);
    expect((await chatHandlers.chipSetup(null, inTab(SLACK))).enabled).toBe(false);

    const on = await chatHandlers.setSiteEnabled({ url: SLACK, enabled: true });
    expect(on).toMatchObject({ ok: true, status: { enabled: true } });
    expect(await chatSites.get()).toEqual({ disabled: [], enabled: [] });
    expect(registry.size).toBe(0);
  });
});

describe('a site the user turns on', () => {
  it('needs its host permission first, and says which', async () => {
    const change = await chatHandlers.setSiteEnabled({ url: OWN, enabled: true });
    expect(change).toEqual({
      ok: false,
      reason: 'permission-missing',
      status: {
        host: 'chat.example.org',
        builtIn: false,
        enabled: false,
        permission: { origins: [OWN_PATTERN] },
        granted: false,
      },
    });
    expect(await chatSites.get()).toEqual({ disabled: [], enabled: [] });
    expect(registry.size).toBe(0);
  });

  it('gets the content script registered, persistent, and started in its open tabs', async () => {
    granted.add(OWN_PATTERN);
    const change = await chatHandlers.setSiteEnabled({ url: OWN, enabled: true });
    expect(change).toMatchObject({ ok: true, status: { enabled: true, granted: true } });
    expect(registry.get('echt-chat-sites')).toMatchObject({
      js: ['/content-scripts/chat.js'],
      matches: [OWN_PATTERN],
      persistAcrossSessions: true,
    });
    expect(injected).toEqual([7, 8]);
    expect((await chatHandlers.chipSetup(null, inTab(OWN))).enabled).toBe(true);
  });

  it('is unregistered and gives its permission back when turned off', async () => {
    granted.add(OWN_PATTERN);
    await chatHandlers.setSiteEnabled({ url: OWN, enabled: true });
    const change = await chatHandlers.setSiteEnabled({ url: OWN, enabled: false });
    expect(change).toMatchObject({ ok: true, status: { enabled: false } });
    expect(registry.size).toBe(0);
    expect(granted.has(OWN_PATTERN)).toBe(false);
    expect(await chatSites.get()).toEqual({ disabled: [], enabled: [] });
  });

  it('keeps one registration for several sites', async () => {
    granted.add(OWN_PATTERN).add('http://10.0.0.2/*');
    await chatHandlers.setSiteEnabled({ url: OWN, enabled: true });
    await chatHandlers.setSiteEnabled({ url: 'http://10.0.0.2:3000/channel/general', enabled: true });
    expect(registry.size).toBe(1);
    expect(registeredMatches()).toEqual([OWN_PATTERN, 'http://10.0.0.2/*']);
  });

  it('is turned off when the user takes the permission away in the browser', async () => {
    const controller = new AbortController();
    watchChatPermissions(controller.signal);
    granted.add(OWN_PATTERN);
    await chatHandlers.setSiteEnabled({ url: OWN, enabled: true });
    granted.delete(OWN_PATTERN);
    revoke?.({ origins: [OWN_PATTERN] });
    await vi.waitFor(() => expect(registry.size).toBe(0));
    expect((await chatSites.get()).enabled).toEqual([]);
    controller.abort();
  });
});

describe('syncChatSites, on every start', () => {
  it('registers the sites turned on that still have their permission, and only those', async () => {
    await chatSites.set({ disabled: [], enabled: ['https://chat.example.org', 'https://gone.example.org'] });
    granted.add(OWN_PATTERN);
    await syncChatSites();
    expect(registeredMatches()).toEqual([OWN_PATTERN]);
    await syncChatSites();
    expect(registry.size).toBe(1);
  });

  it('removes a registration no site needs any more', async () => {
    registry.set('echt-chat-sites', {
      id: 'echt-chat-sites',
      matches: [OWN_PATTERN],
      js: ['/content-scripts/chat.js'],
    });
    await syncChatSites();
    expect(registry.size).toBe(0);
  });
});

describe('pages Echt cannot run on', () => {
  it('are reported as such', async () => {
    expect(await chatHandlers.siteStatus({ url: 'chrome://extensions' })).toMatchObject({ host: null, enabled: false });
    expect(await chatHandlers.setSiteEnabled({ url: 'chrome://extensions', enabled: true })).toMatchObject({
      ok: false,
      reason: 'unsupported',
    });
  });
});

describe('the chip settings', () => {
  it('are repaired field by field, never trusted', async () => {
    await fakeBrowser.storage.local.set({
      'settings.coach': { disabledKinds: ['advice', 'bogus'], silenced: 7, personalRules: [{ phrase: 1 }] },
      'settings.coach$': { v: 2 },
      'settings.chatSites': { disabled: ['App.Slack.com', 3], enabled: 'all' },
    });
    expect(await coachPreferences.get()).toEqual({ disabledKinds: ['advice'], silenced: [], personalRules: [] });
    expect(await chatSites.get()).toEqual({ disabled: ['app.slack.com'], enabled: [] });
  });
});

describe('the keyboard command for the current site', () => {
  it('turns a built-in site off and on again, as the popup does', async () => {
    expect(await toggleSite(SLACK)).toBe('off');
    expect((await chatSites.get()).disabled).toEqual(['app.slack.com']);
    expect(await toggleSite(SLACK)).toBe('on');
    expect(await chatSites.get()).toEqual({ disabled: [], enabled: [] });
  });

  it('opens the popup to ask for a site that needs its permission, and changes nothing', async () => {
    const openPopup = vi.fn(async () => undefined);
    (fakeBrowser as unknown as { action: object }).action = { openPopup };
    expect(await toggleSite(OWN)).toBe('ask');
    expect(openPopup).toHaveBeenCalledOnce();
    expect(await chatSites.get()).toEqual({ disabled: [], enabled: [] });

    granted.add(OWN_PATTERN);
    expect(await toggleSite(OWN)).toBe('on');
    expect(await toggleSite(OWN)).toBe('off');
    expect(granted.has(OWN_PATTERN)).toBe(false);
  });

  it('does nothing where Echt cannot run', async () => {
    expect(await toggleSite('chrome://settings')).toBe('none');
    expect(await toggleSite(undefined)).toBe('none');
  });
});
