// Launches Debian's Chromium with a built Echt loaded, the way a user who loads the
// unpacked extension would have it. A fresh profile is a new install, so Echt opens its
// welcome page; the launcher closes it (unless asked to keep it), so every test starts
// from the same tabs.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ROOT = resolve(import.meta.dirname, '../../..');
/** The test build: the chip also runs on local pages there. */
export const TEST_BUILD = join(ROOT, '.output/chrome-mv3-test');
export const ARTIFACTS = join(ROOT, 'artifacts');

export interface EchtBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  url(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extension?: string;
  headless?: boolean;
  /** The machine's time zone as the browser sees it (IANA name), for every page and the worker. */
  timeZone?: string;
  /**
   * A profile folder to start with, kept on close (the caller deletes it), so a second
   * launch on it is a browser restart, not an install. The welcome page its first launch
   * opens is the caller's to handle. Without it, a new profile in the temp folder, deleted
   * on close, whose welcome page is closed.
   */
  profile?: string;
  /** Leave the welcome page a new install opens where it is, for the tests of that page. */
  keepWelcome?: boolean;
}

/** How long a new install may take to open its welcome page. */
const WELCOME_WAIT_MS = 15_000;

/** Finds the welcome page a new install opened. */
export async function welcomePage(context: BrowserContext): Promise<Page> {
  const deadline = Date.now() + WELCOME_WAIT_MS;
  for (;;) {
    const page = context.pages().find((each) => each.url().endsWith('/welcome.html'));
    if (page) return page;
    if (Date.now() > deadline) throw new Error('Echt opened no welcome page on install');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchEcht(options: LaunchOptions = {}): Promise<EchtBrowser> {
  const extension = options.extension ?? TEST_BUILD;
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'echt-profile-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
    ],
    locale: 'en-US',
    viewport: { width: 1000, height: 700 },
    ...(options.timeZone ? { env: { ...process.env, TZ: options.timeZone } } : {}),
  });
  // Chromium may still be flushing the profile as it closes: retry, and never fail a run over it.
  if (!options.profile) {
    context.on('close', () => void rm(profile, { recursive: true, force: true, maxRetries: 5 }).catch(() => {}));
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // A build from before the welcome page (a benchmark's older copy) opens none.
  const greets = existsSync(join(extension, 'welcome.html'));
  if (greets && !options.profile && !options.keepWelcome) await (await welcomePage(context)).close();
  // chrome-extension://<id>/background.js
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: () => context.close(),
  };
}
