import { describe, expect, it } from 'vitest';
import { readStatus } from '../../src/background/status';
import { dispatch, envelope, type Handlers } from '../../src/messaging';
import { sendMessage, serveMessages } from '../../src/platform/runtime';
import { installedAt } from '../../src/settings';

const notInThisTest = () => Promise.reject(new Error('not used in this test'));

/** Handlers for every message, with `getStatus` as given. */
function withStatus(getStatus: Handlers['getStatus']): Handlers {
  return {
    getStatus,
    addFeed: notInThisTest,
    importCalendar: notInThisTest,
    syncFeeds: notInThisTest,
    upcomingMeetings: notInThisTest,
    setMeetingNudge: notInThisTest,
    chipSetup: notInThisTest,
    coachKnowledge: notInThisTest,
    silencePhrase: notInThisTest,
    setKindEnabled: notInThisTest,
    siteStatus: notInThisTest,
    setSiteEnabled: notInThisTest,
  };
}

const handlers = withStatus(async () => ({ version: '9.9.9', installedAt: 1_700_000_000_000 }));

describe('dispatch', () => {
  it('answers Echt requests through their handler', async () => {
    expect(await dispatch(handlers, envelope('getStatus', null))).toEqual({
      version: '9.9.9',
      installedAt: 1_700_000_000_000,
    });
  });

  it('leaves messages that are not Echt requests unanswered', () => {
    expect(dispatch(handlers, 'getStatus')).toBeUndefined();
    expect(dispatch(handlers, { type: 'getStatus' })).toBeUndefined();
    expect(dispatch(handlers, { echt: 1, type: 'toString' })).toBeUndefined();
    expect(dispatch(handlers, null)).toBeUndefined();
  });
});

describe('runtime messaging', () => {
  it('carries a request to the background and its answer back', async () => {
    const controller = new AbortController();
    serveMessages(handlers, controller.signal);
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
      controller.signal,
    );
    await expect(sendMessage('getStatus', null)).rejects.toThrow('storage is gone');
    controller.abort();
  });
});
