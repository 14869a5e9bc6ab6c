// The background's side of the chat chip: what a page's chip needs (chipSetup, and the
// coach's knowledge from coach-knowledge.ts), the preferences it changes, and where it
// runs. Built-in chat sites get the content script from the manifest; a site the user
// turns on gets it through its optional host permission and one dynamic registration,
// which is made to match the setting again on every start.
import { type Browser, browser } from 'wxt/browser';
import { chipTexts } from '../chip/setup';
import { frameEnabled, type SiteStatus, siteEnabled, siteOf } from '../chip/sites';
import { CHIP_STYLE } from '../chip/style';
import { setKindEnabled, silence } from '../coach/preferences';
import { resolveLocale } from '../i18n';
import type { Handlers, TabFrame } from '../messaging';
import { originPattern, patternOrigin, serialQueue, uiLanguage } from '../platform';
import { language } from '../settings';
import { chatSites, coachPreferences } from '../settings/chat';
import { coachKnowledge } from './coach-knowledge';

const SCRIPT_ID = 'echt-chat-sites';
/** The chat content script as WXT builds it. */
const SCRIPT_FILE = '/content-scripts/chat.js';
/** The coach's engine as WXT builds it (entrypoints/coach-engine.ts). */
const ENGINE_FILE = '/coach-engine.js';

/** Match patterns of the content scripts the manifest declares: the built-in chat sites. */
function builtInPatterns(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

/**
 * Puts the coach's engine into the frame that asked, where the chip runs: the chat content
 * script does not carry it, so a page gets it only once a draft needs the coach. The code
 * runs in the content scripts' world of that frame, which the page cannot see into.
 */
async function putEngine(frame: TabFrame | undefined): Promise<void> {
  if (frame?.tabId === undefined || frame.frameId === undefined) throw new Error('Not a chat tab');
  if (!frameEnabled(frame, await chatSites.get(), builtInPatterns())) throw new Error('Echt is off here');
  await browser.scripting.executeScript({
    target: { tabId: frame.tabId, frameIds: [frame.frameId] },
    files: [ENGINE_FILE],
  });
}

/** Changes to the chip's registration, one after another, each from the setting as it is then. */
const serially = serialQueue();

async function granted(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}

export async function siteStatus(url: string): Promise<SiteStatus> {
  const site = siteOf(url);
  if (!site) return { host: null, builtIn: false, enabled: false, permission: null, granted: false };
  const patterns = builtInPatterns();
  const builtIn = siteEnabled(url, { disabled: [], enabled: [] }, patterns);
  const permission = builtIn ? null : { origins: [originPattern(site.origin)] };
  return {
    host: site.host,
    builtIn,
    enabled: siteEnabled(url, await chatSites.get(), patterns),
    permission,
    granted: permission ? await granted(permission.origins) : true,
  };
}

/**
 * Makes the one dynamic registration cover exactly the sites the user turned on that still
 * have their permission: registered, updated, or removed when none is left.
 */
export async function syncChatSites(): Promise<void> {
  const sites = await chatSites.get();
  const matches: string[] = [];
  for (const origin of sites.enabled) {
    const pattern = originPattern(origin);
    if (await granted([pattern])) matches.push(pattern);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  // In the site's frames too, as the built-in sites' content script (entrypoints/chat.content).
  const script = {
    id: SCRIPT_ID,
    js: [SCRIPT_FILE],
    matches,
    runAt: 'document_idle' as const,
    allFrames: true,
    matchOriginAsFallback: true,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
}

/** Starts the chip in tabs already open on a site just turned on, so it works without a reload. */
async function startInOpenTabs(pattern: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: pattern });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    // A tab may be closing or showing an error page; the others still get the chip.
    await browser.scripting
      .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [SCRIPT_FILE] })
      .catch(() => undefined);
  }
}

export async function setSiteEnabled(url: string, enabled: boolean): ReturnType<Handlers['setSiteEnabled']> {
  const before = await siteStatus(url);
  const site = siteOf(url);
  if (!site || !before.host) return { ok: false, reason: 'unsupported', status: before };
  if (enabled && before.permission && !before.granted)
    return { ok: false, reason: 'permission-missing', status: before };
  await chatSites.update((sites) => {
    const disabled = sites.disabled.filter((host) => host !== site.host);
    const others = sites.enabled.filter((origin) => origin !== site.origin);
    return {
      // A built-in site is turned off by remembering it; any other site by forgetting it.
      disabled: !enabled && before.builtIn ? [...disabled, site.host] : disabled,
      enabled: enabled && !before.builtIn ? [...others, site.origin] : others,
    };
  });
  await serially(syncChatSites);
  if (before.permission) {
    if (enabled) await startInOpenTabs(originPattern(site.origin));
    // Turned off: the permission is given back, so Echt holds no more access than it uses.
    else await browser.permissions.remove(before.permission).catch(() => false);
  }
  return { ok: true, status: await siteStatus(url) };
}

/** A site's permission taken away (in the browser's extension settings) turns the site off. */
async function forgetRevoked(permissions: Browser.permissions.Permissions): Promise<void> {
  const revoked = new Set((permissions.origins ?? []).map(patternOrigin));
  if (revoked.size === 0) return;
  await chatSites.update((sites) => ({ ...sites, enabled: sites.enabled.filter((origin) => !revoked.has(origin)) }));
  await serially(syncChatSites);
}

export function watchChatPermissions(signal: AbortSignal): void {
  const listener = (permissions: Browser.permissions.Permissions) => void forgetRevoked(permissions);
  browser.permissions.onRemoved.addListener(listener);
  signal.addEventListener('abort', () => browser.permissions.onRemoved.removeListener(listener), { once: true });
}

export const chatHandlers: Pick<
  Handlers,
  'chipSetup' | 'coachKnowledge' | 'coachEngine' | 'silencePhrase' | 'setKindEnabled' | 'siteStatus' | 'setSiteEnabled'
> = {
  // A tab's frame is judged by where the browser says it is; Echt's own pages (the welcome
  // page's try-out) are on no chat site.
  chipSetup: async (_request, frame) => {
    const [setting, preferences, sites] = await Promise.all([
      language.get(),
      // Without IndexedDB the chip still runs, with the coach as it comes.
      coachPreferences.get().catch(() => coachPreferences.fallback),
      chatSites.get(),
    ]);
    const locale = resolveLocale(setting, uiLanguage());
    return {
      enabled: frame ? frameEnabled(frame, sites, builtInPatterns()) : false,
      locale,
      texts: chipTexts(locale),
      style: CHIP_STYLE,
      preferences,
      keys: [language.changeKey, coachPreferences.changeKey, chatSites.changeKey],
    };
  },
  // The language is checked there: a tab's request is input like any other.
  coachKnowledge: ({ locale }) => coachKnowledge(locale),
  coachEngine: async (_request, frame) => {
    await putEngine(frame);
    return null;
  },
  silencePhrase: async ({ key }) => {
    await coachPreferences.update((current) => silence(current, key));
    return null;
  },
  setKindEnabled: async ({ kind, enabled }) => {
    await coachPreferences.update((current) => setKindEnabled(current, kind, enabled));
    return null;
  },
  siteStatus: ({ url }) => siteStatus(url),
  setSiteEnabled: ({ url, enabled }) => setSiteEnabled(url, enabled),
};
