// Where the chat chip runs. Built-in hosts are data; each was last checked on the date
// beside it. Self-hosted installs are turned on per site from the popup instead, and any
// site can be turned off: the user's choices, and the pure rules that apply them.
import type { TabFrame } from '../messaging';
import { matchesPattern } from '../platform';
import type { ChatSiteSettings } from '../settings/chat';

interface ChatSite {
  name: string;
  matches: readonly string[];
  /** When these patterns were last seen serving the app's composer. */
  checked: string;
}

export const CHAT_SITES: readonly ChatSite[] = [
  { name: 'Slack', matches: ['https://app.slack.com/*'], checked: '2026-11-21' },
  {
    name: 'Microsoft Teams',
    matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
    checked: '2026-11-21',
  },
  {
    name: 'Google Chat',
    matches: ['https://chat.google.com/*', 'https://mail.google.com/chat/*'],
    checked: '2026-11-21',
  },
  { name: 'Discord', matches: ['https://discord.com/*'], checked: '2026-11-21' },
  { name: 'WhatsApp Web', matches: ['https://web.whatsapp.com/*'], checked: '2026-11-21' },
  { name: 'Mattermost Cloud', matches: ['https://*.cloud.mattermost.com/*'], checked: '2026-11-21' },
  { name: 'Rocket.Chat Cloud', matches: ['https://*.rocket.chat/*'], checked: '2026-11-21' },
  { name: 'Zulip Cloud', matches: ['https://*.zulipchat.com/*'], checked: '2026-11-21' },
  { name: 'Element', matches: ['https://app.element.io/*'], checked: '2026-11-21' },
];

// Pure: a bundle that does not read the patterns (the chat tab's, see index.ts) drops them.
export const CHAT_MATCHES: readonly string[] = /* @__PURE__ */ CHAT_SITES.flatMap((site) => site.matches);

/** A page's site: its hostname, and its origin without a port. Null for anything but http(s) pages. */
export function siteOf(url: string): { host: string; origin: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  return host ? { host, origin: `${parsed.protocol}//${host}` } : null;
}

/** Whether the chip runs on `url`: a built-in or user-enabled site the user did not turn off. */
export function siteEnabled(url: string, sites: ChatSiteSettings, builtIn: readonly string[]): boolean {
  const site = siteOf(url);
  if (!site || sites.disabled.includes(site.host)) return false;
  return sites.enabled.includes(site.origin) || builtIn.some((pattern) => matchesPattern(url, pattern));
}

/**
 * Whether the chip runs in one frame of a tab (the top page is a frame too), by where the
 * browser says it is: in every frame of a page the chip runs on that Echt's script reaches
 * (a chat widget of another origin, a frame the page wrote), and in a frame that is a chat
 * site itself (Google Chat inside Gmail). Not at all where the user turned off the page or
 * the frame's site. A written frame (about:srcdoc, blob:) has no site of its own: its
 * origin's counts.
 */
export function frameEnabled(frame: TabFrame, sites: ChatSiteSettings, builtIn: readonly string[]): boolean {
  const own = [frame.url, frame.origin].find((url) => url !== undefined && siteOf(url) !== null);
  const pages = [frame.top, own].filter((url): url is string => url !== undefined);
  const off = (url: string) => sites.disabled.includes(siteOf(url)?.host ?? '');
  return !pages.some(off) && pages.some((url) => siteEnabled(url, sites, builtIn));
}

/** Whether Echt runs on a page, as the popup shows it. */
export interface SiteStatus {
  /** The page's hostname; null on pages Echt cannot run on (browser pages, files). */
  host: string | null;
  /** A chat site Echt knows (in the manifest): it needs no permission, only not to be turned off. */
  builtIn: boolean;
  /** Whether the chip runs there now. */
  enabled: boolean;
  /** The host permission to ask for before turning a site that is not built in on; null when none is needed. */
  permission: { origins: string[] } | null;
  /** Whether that permission is granted (always true when none is needed). */
  granted: boolean;
}

/** The answer to turning a site on or off. */
export type SiteChange =
  | { ok: true; status: SiteStatus }
  /** `unsupported`: not an http(s) page; `permission-missing`: ask for `status.permission` first, in the popup. */
  | { ok: false; reason: 'unsupported' | 'permission-missing'; status: SiteStatus };
