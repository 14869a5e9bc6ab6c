// Match patterns, the browser's way of naming pages in host permissions and content-script
// registrations ("https://*.example.com/*"). Pure, so every context can use it: the options
// page asks for a calendar's origin, the background registers the chip for a site.

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;
const ORIGIN = /^https?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

/** A lower-case hostname ("chat.example.org", "[::1]"). */
export function isHost(value: string): boolean {
  return HOST.test(value);
}

/** An http(s) origin without a port, as Echt keeps sites ("https://chat.example.org"). */
export function isOrigin(value: string): boolean {
  return ORIGIN.test(value);
}

/**
 * The pattern, and host permission, that covers every page of the origin of `url` (a page,
 * a feed or an origin): "https://calendar.example/*". Match patterns ignore ports.
 */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/** The origin a pattern made by originPattern() stands for, or null for any other pattern. */
export function patternOrigin(pattern: string): string | null {
  const origin = pattern.endsWith('/*') ? pattern.slice(0, -2) : '';
  return isOrigin(origin) ? origin : null;
}

function globToRegExp(glob: string): RegExp {
  const source = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${source}$`);
}

/** Whether `url` is matched by a manifest match pattern ("https://*.example.com/*", "<all_urls>"). */
export function matchesPattern(url: string, pattern: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const web = parsed.protocol === 'https:' || parsed.protocol === 'http:';
  if (pattern === '<all_urls>') return web;
  const parts = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host = '', path = '/*'] = parts;
  if (scheme === '*' ? !web : parsed.protocol !== `${scheme}:`) return false;
  const hostname = parsed.hostname.toLowerCase();
  const hostMatches =
    host === '*' ||
    hostname === host ||
    (host.startsWith('*.') && (hostname === host.slice(2) || hostname.endsWith(host.slice(1))));
  return hostMatches && globToRegExp(path).test(parsed.pathname + parsed.search);
}
