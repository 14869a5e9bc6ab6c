// `npm start` without a display: the demo runs headless and leaves its three pictures (the
// chip in the chat page, the popup's full Today, the welcome page) in artifacts/.
import { mkdir, stat } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from './support/browser';
import { type Demo, pictureDemo, startDemo } from './support/demo';

let demo: Demo | undefined;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await demo?.close();
});

describe('npm start, headless', () => {
  it('shows the chip on the demo chat page, a full Today, no welcome page, and saves three pictures', {
    timeout: 120_000,
  }, async () => {
    const started = Date.now();
    demo = await startDemo({ headless: true, port: 0 });
    // The profile was installed in a first launch; this one is a browser start: no greeting.
    expect(demo.echt.context.pages().map((page) => page.url())).toEqual([`${demo.server.origin}/chat.html`]);

    const pictures = await pictureDemo(demo);
    expect(pictures.map((picture) => picture.slice(ARTIFACTS.length + 1))).toEqual([
      'demo-chip.png',
      'demo-popup.png',
      'demo-welcome.png',
    ]);
    for (const picture of pictures) expect((await stat(picture)).mtimeMs).toBeGreaterThanOrEqual(started);

    const popup = demo.echt.context.pages().find((page) => page.url().endsWith('/popup.html'));
    expect(await popup?.locator('.meeting-card h3').allTextContents()).toEqual([
      'Coffee with Sam and Priya',
      'Sprint planning',
    ]);
    expect(await popup?.getByText('How the move went').count()).toBeGreaterThan(0);
  });
});
