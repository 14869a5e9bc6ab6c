import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestChecks } from '../../src/background/requests';
import { readStatus } from '../../src/background/status';
import { dispatch, envelope, type Handlers } from '../../src/messaging';
import { senderOf, sendMessage, serveMessages } from '../../src/platform/runtime';
import { installedAt } from '../../src/settings';
import { CHAT_TAB, deliver, FRAMED_PAGE, OPTIONS_PAGE, OTHER_EXTENSION, POPUP } from './senders';

const notInThisTest = () => Promise.reject(new Error('not used in this test'));

/** Handlers for every message, with `getStatus` as given. */
function withStatus(getStatus: Handlers['getStatus']): Handlers {
  return {
    getStatus,
    addFeed: notInThisTest,
    importCalendar: notInThisTest,
    syncFeeds: notInThisTest,
    removeFeed: notInThisTest,
    restoreBackup: notInThisTest,
    eraseEverything: notInThisTest,
    upcomingMeetings: notInThisTest,
    setMeetingNudge: notInThisTest,
    chipSetup: notInThisTest,
    coachKnowledge: notInThisTest,
    coachEngine: notInThisTest,
    silencePhrase: notInThisTest,
    setKindEnabled: notInThisTest,
    siteStatus: notInThisTest,
    setSiteEnabled: notInThisTest,
  };
}

const handlers = withStatus(async () => ({ version: '9.9.9', installedAt: 1_700_000_000_000 }));

/** The browser's sendMessage as it reaches the background from one of Echt's pages. */
function sendFromOptionsPage(): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) =>
    deliver(OPTIONS_PAGE(), message),
  );
}

describe('dispatch', () => {
  it('answers Echt requests through their handler', async () => {
    expect(await dispatch(handlers, requestChecks, envelope('getStatus', null), 'page')).toEqual({
      version: '9.9.9',
      installedAt: 1_700_000_000_000,
    });
  });

  it('leaves messages that are not Echt requests unanswered', () => {
    for (const message of ['getStatus', { type: 'getStatus' }, { echt: 1, type: 'toString' }, null]) {
      expect(dispatch(handlers, requestChecks, message, 'page')).toBeUndefined();
    }
  });

  it('answers a chat tab only what the chip needs, and no one else at all', async () => {
    const status = envelope('getStatus', null);
    expect(dispatch(handlers, requestChecks, status, 'tab')).toBeUndefined();
    expect(dispatch(handlers, requestChecks, status, 'other')).toBeUndefined();
    // Reaches its handler (which, here, only says it was reached).
    const setup = dispatch(handlers, requestChecks, envelope('chipSetup', null), 'tab');
    await expect(setup).rejects.toThrow('not used in this test');
  });
});

describe('who sent a request', () => {
  it("is one of Echt's pages only from the extension's origin, in no tab or in a tab showing Echt", () => {
    expect(senderOf(OPTIONS_PAGE())).toBe('page');
    expect(senderOf(POPUP())).toBe('page');
    expect(senderOf(CHAT_TAB())).toBe('tab');
    expect(senderOf(FRAMED_PAGE())).toBe('other');
    expect(senderOf(OTHER_EXTENSION())).toBe('other');
    expect(senderOf({ id: fakeBrowser.runtime.id })).toBe('other');
  });
});

describe('runtime messaging', () => {
  it('carries a request to the background and its answer back', async () => {
    const controller = new AbortController();
    serveMessages(handlers, requestChecks, controller.signal);
    sendFromOptionsPage();
    expect(await sendMessage('getStatus', null)).toEqual({ version: '9.9.9', installedAt: 1_700_000_000_000 });
    controller.abort();
  });
});

describe('readStatus', () => {
  it('reports the stored install time', async () => {
    await installedAt.set(1_650_000_000_000);
    expect(await readStatus(new Date(1_700_000_000_000), '1.2.3')).toEqual({
      version: '1.2.3',
      installedAt: 1_650_000_000_000,
    });
  });

  it('records now as the install time when none is stored', async () => {
    const now = new Date(1_700_000_000_000);
    expect((await readStatus(now, '1.2.3')).installedAt).toBe(now.getTime());
    expect(await installedAt.get()).toBe(now.getTime());
  });
});

describe('runtime messaging errors', () => {
  it('rejects in the sender when the handler fails', async () => {
    const controller = new AbortController();
    serveMessages(
      withStatus(() => Promise.reject(new Error('storage is gone'))),
      requestChecks,
      controller.signal,
    );
    sendFromOptionsPage();
    await expect(sendMessage('getStatus', null)).rejects.toThrow('storage is gone');
    controller.abort();
  });
});
