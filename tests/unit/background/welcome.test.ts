// When Echt opens its welcome page: on a new install only, never on an update, a browser
// start or a worker that was stopped and starts again; and where the test notification it
// shows leads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/index';
import { TEST_NOTIFICATION } from '../../../src/platform';
import { language } from '../../../src/settings';
import { stubUnfakedWorkerApis } from './unfaked';

const running: AbortController[] = [];

/** The worker starting, as after install or after the browser stopped it. */
function startWorker(): void {
  stubUnfakedWorkerApis();
  const worker = new AbortController();
  running.push(worker);
  startBackground(worker.signal);
}

/** The worker stopped by the browser: its listeners are gone. */
function stopWorker(): void {
  for (const worker of running.splice(0)) worker.abort();
}

afterEach(() => {
  stopWorker();
  vi.restoreAllMocks();
});

async function welcomeTabs(): Promise<number> {
  return (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html')).length;
}

/** Waits until the start-up work has run: it repairs a damaged setting, after deciding about the welcome page. */
async function settled(): Promise<void> {
  await vi.waitFor(async () => expect(await language.get()).toBe('auto'));
}

describe('the welcome page', () => {
  it('opens once on install', async () => {
    startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await welcomeTabs()).toBe(1));
  });

  it('does not open on an update, a browser start or a restarted worker', async () => {
    startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await welcomeTabs()).toBe(1));

    await fakeBrowser.storage.local.set({ 'settings.language': 'klingon' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await settled();

    await fakeBrowser.storage.local.set({ 'settings.language': 'klingon' });
    await fakeBrowser.runtime.onStartup.trigger();
    await settled();

    stopWorker();
    startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(await welcomeTabs()).toBe(1);
  });

  it('does not open again where the browser reports a start as another install', async () => {
    // Chromium does so for an extension loaded from its command line, keeping what is stored.
    startWorker();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await welcomeTabs()).toBe(1));
    stopWorker();
    startWorker();
    await fakeBrowser.storage.local.set({ 'settings.language': 'klingon' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settled();
    expect(await welcomeTabs()).toBe(1);
  });
});

describe('the test notification', () => {
  it('leads to the reminders settings when clicked, and goes away', async () => {
    startWorker();
    await fakeBrowser.notifications.create(TEST_NOTIFICATION, {
      type: 'basic',
      title: 'Test',
      message: '…',
      iconUrl: '',
    });
    await fakeBrowser.notifications.onClicked.trigger(TEST_NOTIFICATION);
    const urls = (await fakeBrowser.tabs.query({})).map((tab) => tab.url ?? '');
    expect(urls).toContainEqual(expect.stringMatching(/\/options\.html#reminders$/));
    expect(urls).not.toContainEqual(expect.stringMatching(/popup\.html/));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
