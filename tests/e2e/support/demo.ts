// What `npm start` does (tests/e2e/demo.ts runs it; the browser suite runs it headless):
// Chromium with Echt, on a profile made for the demo and filled from outside with the
// sample data (support/sample.ts), showing a chat page whose draft has the chip beside it.
//
// The profile is prepared in a first, headless launch: that is the install, so the welcome
// page opens there and is closed, and the sample data goes in through Echt's own pages
// and requests. The launch the user sees is the second on that profile, a browser start,
// where Echt does not greet again. The profile lives in the temp folder and is deleted
// when the browser closes: the sample data never reaches a profile of the user's.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { READY_MARK } from '../../../src/ui/popup/marks';
import { ARTIFACTS, type EchtBrowser, launchEcht, welcomePage } from './browser';
import { installed, saveSelfEmails } from './options';
import { importPeople } from './people-api';
import { SAMPLE_DRAFT, SAMPLE_SELF, sampleCalendar, samplePeople } from './sample';
import { type FixtureServer, serveFixtures } from './server';

// The extension pages' own API, used inside page.evaluate().
declare const chrome: typeof browser;

/** Waits on the browser's work (the chip's pause, the popup's reads) get room on a busy machine. */
const WAIT_MS = 20_000;

export interface DemoOptions {
  headless: boolean;
  /** Where the demo chat page is served; any free port when 0. */
  port: number;
}

export interface Demo {
  echt: EchtBrowser;
  /** The demo chat page, its draft typed and the chip showing. */
  chat: Page;
  server: FixtureServer;
  /** Closes the browser and the server and deletes the demo profile. */
  close(): Promise<void>;
}

/** The install: the welcome page it opened is closed, and the sample data goes in. */
async function prepareProfile(profile: string): Promise<void> {
  const echt = await launchEcht({ profile, headless: true });
  try {
    await (await welcomePage(echt.context)).close();
    const options = await echt.context.newPage();
    await options.goto(echt.url('options.html'));
    await installed(options);
    await saveSelfEmails(options, [SAMPLE_SELF]);
    const now = Date.now();
    await importPeople(options, samplePeople(now), 'replace');
    const imported = await options.evaluate(
      (text) => chrome.runtime.sendMessage({ echt: 1, type: 'importCalendar', data: { name: 'Demo calendar', text } }),
      sampleCalendar(now),
    );
    if (JSON.stringify(imported) !== JSON.stringify({ ok: true, value: true })) {
      throw new Error('The demo calendar was not imported');
    }
  } finally {
    await echt.close();
  }
}

export async function startDemo(options: DemoOptions): Promise<Demo> {
  const server = await serveFixtures(undefined, options.port);
  const profile = await mkdtemp(join(tmpdir(), 'echt-demo-'));
  const removeProfile = () => rm(profile, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
  try {
    await prepareProfile(profile);
    const echt = await launchEcht({ profile, headless: options.headless });
    echt.context.on('close', () => void removeProfile());
    const chat = echt.context.pages()[0] ?? (await echt.context.newPage());
    await chat.goto(`${server.origin}/chat.html`);
    await chat.locator('#composer').click();
    await chat.keyboard.type(SAMPLE_DRAFT);
    await chat.locator('echt-chip .rewrite').first().waitFor({ timeout: WAIT_MS });
    return {
      echt,
      chat,
      server,
      close: async () => {
        await echt.close();
        await server.close();
        await removeProfile();
      },
    };
  } catch (error) {
    await server.close();
    await removeProfile();
    throw error;
  }
}

/** Pictures of the demo: the chip in the chat page, the popup's Today and the welcome page. */
export async function pictureDemo(demo: Demo): Promise<string[]> {
  const chip = join(ARTIFACTS, 'demo-chip.png');
  await demo.chat.screenshot({ path: chip });

  const popup = await demo.echt.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(demo.echt.url('popup.html'));
  await popup.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK, {
    timeout: WAIT_MS,
  });
  if ((await popup.locator('.meeting-card').count()) === 0) throw new Error("The popup's Today shows no meeting");
  const today = join(ARTIFACTS, 'demo-popup.png');
  await popup.locator('.popup').screenshot({ path: today });

  // Not opened by this start (it opened once, on install): opened here to picture it.
  const welcome = await demo.echt.context.newPage();
  await welcome.goto(demo.echt.url('welcome.html'));
  await welcome.getByRole('heading', { level: 1 }).waitFor({ timeout: WAIT_MS });
  const greeting = join(ARTIFACTS, 'demo-welcome.png');
  await welcome.screenshot({ path: greeting, fullPage: true });
  return [chip, today, greeting];
}
