// Launches Debian's Chromium with a built Echt loaded, the way a user who loads the
// unpacked extension would have it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

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
}

export async function launchEcht(options: LaunchOptions = {}): Promise<EchtBrowser> {
  const extension = options.extension ?? TEST_BUILD;
  const profile = await mkdtemp(join(tmpdir(), 'echt-profile-'));
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
  context.on('close', () => void rm(profile, { recursive: true, force: true, maxRetries: 5 }).catch(() => {}));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
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
