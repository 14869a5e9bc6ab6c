// Launches Debian's Firefox ESR with a built Echt installed as a temporary add-on, the way
// a user who loads it from about:debugging has it. Firefox is driven over WebDriver BiDi
// with puppeteer-core: Playwright's Firefox is a patched build that cannot be downloaded here.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { browser } from 'wxt/browser';
import { ROOT } from './browser';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox test build: the chip also runs on local pages there. */
export const FIREFOX_TEST_BUILD = join(ROOT, '.output/firefox-mv2-test');

/** The add-on's gecko id (wxt.config.ts). */
const ADDON_ID = 'echt@echt.app';
/**
 * The UUID its pages are served under, fixed through a preference: Firefox otherwise picks
 * a random one per profile, and nothing over BiDi tells which.
 */
export const FIREFOX_UUID = '3f1a7c52-9e0b-4d6a-8c21-ec47ec47ec47';

/** How long waitUntil() waits before it gives up. */
const WAIT_LIMIT_MS = 15_000;

/** The background page's window: its own `browser` API and whatever else it holds. */
export type BackgroundWindow = Window & { browser: typeof browser };

export interface EchtFirefox {
  browser: Browser;
  uuid: string;
  /** moz-extension://<uuid>/<path> */
  url(path: string): string;
  /**
   * Runs `fn` with the background page's window (`background.browser` is its extension
   * API) and returns its result, which must survive JSON-like serialisation. `fn` is sent
   * to the browser as source: it can use only its parameters.
   */
  background<R, A = undefined>(fn: (background: BackgroundWindow, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Opens a tab on an extension page ('popup.html', or a moz-extension:// URL) or a web
   * page (http://…), and resolves once its document has loaded. Extension pages report
   * no navigation to BiDi clients, so their `page.url()` stays 'about:blank'; read
   * `location.href` in the page instead.
   */
  open(target: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** The built add-on's folder; the test build by default. */
  extension?: string;
  headless?: boolean;
  /** The machine's time zone as Firefox sees it (IANA name). */
  timeZone?: string;
}

export async function launchEchtFirefox(options: FirefoxLaunchOptions = {}): Promise<EchtFirefox> {
  const profile = await mkdtemp(join(tmpdir(), 'echt-firefox-'));
  let firefox: Browser;
  try {
    firefox = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: options.headless ?? true,
      // Our own profile, so it is ours to delete: puppeteer writes its preferences into it.
      args: ['--profile', profile, '--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_UUID }),
        'intl.locale.requested': 'en-US',
        'intl.accept_languages': 'en-US, en',
      },
      defaultViewport: { width: 1000, height: 700 },
      ...(options.timeZone ? { env: { ...process.env, TZ: options.timeZone } } : {}),
    });
  } catch (error) {
    await removeProfile(profile);
    throw error;
  }
  const close = async () => {
    await firefox.close();
    await removeProfile(profile);
  };
  try {
    await firefox.installExtension(options.extension ?? FIREFOX_TEST_BUILD);
  } catch (error) {
    await close();
    throw error;
  }

  const url = (path: string) => `moz-extension://${FIREFOX_UUID}/${path.replace(/^\//, '')}`;
  const open = (target: string) => openPage(firefox, /^[a-z-]+:/.test(target) ? target : url(target));
  // Any document of the add-on's origin gets the extension API, and from there the
  // background page's window. The manifest runs none of Echt's code, so nothing it opens
  // changes what the tests see. Opened on first use, kept for the rest.
  let probe: Promise<Page> | undefined;
  async function background<R, A = undefined>(
    fn: (background: BackgroundWindow, arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<R> {
    probe ??= open('manifest.json').catch((error: unknown) => {
      probe = undefined;
      throw error;
    });
    const page = await probe;
    const window = await page.evaluateHandle(
      () =>
        (globalThis as unknown as BackgroundWindow).browser.runtime.getBackgroundPage() as Promise<BackgroundWindow>,
    );
    try {
      // puppeteer's types cannot follow a generic A through the page, so `fn` is passed
      // as taking any value; `arg` is optional only where A is undefined.
      const run = fn as (background: BackgroundWindow, arg: unknown) => unknown;
      return (await page.evaluate(run, window, arg)) as R;
    } finally {
      await window.dispose();
    }
  }
  return { browser: firefox, uuid: FIREFOX_UUID, url, background, open, close };
}

/** Puppeteer's BiDi frame keeps its WebDriver BiDi browsing context here, outside its public types. */
interface BidiFrameInternals {
  browsingContext?: { navigate(url: string, wait: 'none'): Promise<void> };
}

async function openPage(firefox: Browser, url: string): Promise<Page> {
  const page = await firefox.newPage();
  if (!url.startsWith('moz-extension:')) {
    await page.goto(url);
    return page;
  }
  // page.goto waits for a load event that extension pages never report over BiDi; the
  // navigation itself is allowed only with --remote-allow-system-access.
  const { browsingContext } = page.mainFrame() as unknown as BidiFrameInternals;
  if (!browsingContext) throw new Error('puppeteer-core no longer keeps frame.browsingContext: update openPage()');
  await browsingContext.navigate(url, 'none');
  await waitUntil(
    async () => (await page.evaluate(() => [location.href, document.readyState])).join(' ') === `${url} complete`,
    `${url} to load`,
  );
  return page;
}

/**
 * Polls `check` until it holds, for helpers that cannot use vitest's expect.poll; a check
 * that throws (an evaluation cut off by a navigation) counts as not yet.
 */
export async function waitUntil(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Firefox: waited ${WAIT_LIMIT_MS} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Firefox may still be writing the profile as it exits: retry, and never fail a run over it. */
function removeProfile(profile: string): Promise<void> {
  return rm(profile, { recursive: true, force: true, maxRetries: 5 }).catch(() => {});
}

/**
 * Presses a key chord written the way Playwright writes it ('Control+z', 'Alt+Shift+Enter'):
 * the modifiers go down in order, the key is pressed, the modifiers come up in reverse.
 */
export async function press(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const key = keys.pop();
  if (!key) throw new Error(`no key in "${chord}"`);
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}
