// No web page can steer Echt, and no content script can read the user's secrets, with the
// built extension in Chromium. A chat page whose own script clicks every button of the
// chip changes nothing; from the world of Echt's content script, every privileged request
// goes unanswered and no storage readable there holds a feed address, an e-mail address,
// an attendee or a meeting title, while Echt's own pages still get them.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import type { UpcomingMeeting } from '../../src/messaging';
import { type EchtBrowser, launchEcht } from './support/browser';
import { type ContentReach, expectNothingReached, reachInChromium } from './support/content-world';
import { addCalendar, installed, saveSelfEmails } from './support/options';
import { SECRETS, type SecretCalendar, serveSecretCalendar } from './support/secrets';
import { type FixtureServer, serveFixtures } from './support/server';
import { privateSettings } from './support/stored';

// The extension's own API inside its pages and worker, used inside evaluate().
declare const chrome: typeof browser;

const DRAFT = 'Hi Sam, so sorry about your dad. Let me know if I can do anything.';

let echt: EchtBrowser;
let server: FixtureServer;
let calendar: SecretCalendar;

beforeAll(async () => {
  server = await serveFixtures();
  calendar = await serveSecretCalendar();
  echt = await launchEcht();
  // The user's secrets, entered the way the user enters them.
  const options = await echt.context.newPage();
  await options.goto(echt.url('options.html'));
  await installed(options);
  await saveSelfEmails(options, [SECRETS.selfEmail]);
  await addCalendar(options, calendar.url, 'Work');
  await options.close();
});

afterAll(async () => {
  await echt?.close();
  await calendar?.close();
  await server?.close();
});

/** The meetings Echt's own popup is given: proof the secrets are there to be had. */
async function meetingsForEchtsOwnPage(): Promise<UpcomingMeeting[]> {
  const popup = await echt.context.newPage();
  await popup.goto(echt.url('popup.html'));
  const reply = (await popup.evaluate(() =>
    chrome.runtime.sendMessage({ echt: 1, type: 'upcomingMeetings', data: { hours: 48 } }),
  )) as { ok: boolean; value: UpcomingMeeting[] };
  await popup.close();
  return reply.value;
}

function coachStored(): Promise<unknown> {
  return echt.worker.evaluate(privateSettings).then((settings) => settings['settings.coach']?.value);
}

async function openHostilePage(): Promise<Page> {
  const page = await echt.context.newPage();
  await page.goto(`${server.origin}/hostile.html`);
  await page.waitForFunction(() => 'hostile' in window);
  return page;
}

const chipKind = (page: Page) =>
  page.evaluate(() =>
    document.querySelector('echt-chip')?.shadowRoot?.querySelector('.chip')?.getAttribute('data-kind'),
  );

describe('a chat page Echt does not control', () => {
  it("clicks every button of the chip from its own script, and changes nothing; the user's own click still works", async () => {
    const before = await coachStored();
    const page = await openHostilePage();
    await page.locator('#composer').click();
    await page.keyboard.type(DRAFT);
    await expect.poll(() => chipKind(page)).toBe('vague-offer');

    // The page's script has clicked each button many times, and pressed the chip's keys.
    await page.waitForFunction(() => {
      const { clicks, keys } = (window as unknown as { hostile: { clicks: number; keys: number } }).hostile;
      return clicks >= 30 && keys >= 6;
    });
    expect(await page.locator('#composer').inputValue()).toBe(DRAFT);
    expect(await chipKind(page)).toBe('vague-offer');
    expect(await coachStored()).toEqual(before);

    await page.locator('echt-chip').getByRole('button', { name: 'Turn off this kind' }).click();
    await expect
      .poll(async () => ((await coachStored()) as { disabledKinds?: string[] }).disabledKinds)
      .toEqual(['vague-offer']);
    await page.close();
    // Back on, for the test after this one.
    const options = await echt.context.newPage();
    await options.goto(echt.url('options.html'));
    await options.getByLabel('Vague offer', { exact: true }).check();
    await expect.poll(async () => ((await coachStored()) as { disabledKinds?: string[] }).disabledKinds).toEqual([]);
    await options.close();
  });

  it("gets nothing privileged from the content script's world, and reads no secret in storage there", async () => {
    const meetings = await meetingsForEchtsOwnPage();
    expect(meetings.map((meeting) => [meeting.title, meeting.people.map((person) => person.email)])).toEqual([
      [SECRETS.title, [SECRETS.attendeeEmail]],
    ]);
    // The people of a notification on screen, kept in session storage by the worker.
    await echt.worker.evaluate(
      (person) => chrome.storage.session.set({ 'reminders.people': { 'meeting:trust-1': [person] } }),
      { name: SECRETS.attendee, email: SECRETS.attendeeEmail },
    );
    const storedBefore = await echt.worker.evaluate(privateSettings);

    const page = await openHostilePage();
    await page.locator('#composer').click();
    await page.keyboard.type(DRAFT);
    await expect.poll(() => chipKind(page)).toBe('vague-offer');
    const reach: ContentReach = await reachInChromium(page, echt.extensionId, calendar.url);
    await page.close();

    expectNothingReached(reach, calendar.url);

    // And nothing changed: no calendar, nudge or site added by the probe.
    expect(await echt.worker.evaluate(privateSettings)).toEqual(storedBefore);
    const local = await echt.worker.evaluate(() => chrome.storage.local.get(['state.reminders', 'settings.chatSites']));
    expect(JSON.stringify(local)).not.toContain('probe');
    expect(JSON.stringify(local)).not.toContain('evil.example');
  });
});
