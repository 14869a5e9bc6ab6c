// The chip where chat apps really put their composers, with the built extension in Chromium:
// inside frames of the chat site (same origin, another origin, a blank frame the page writes
// into), inside open shadow roots, on a page with a strict Content-Security-Policy and
// Trusted Types; the underline in a <textarea>; and a phone-sized window with a send button.
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detect } from '../../src/coach';
import { type EchtBrowser, launchEcht } from './support/browser';
import { COMPOSERS, openChatPage } from './support/editors';
import { type FixtureServer, serveFixtures } from './support/server';

const DRAFT = 'Hi Sam, so sorry to hear about your dad. Let me know if I can do anything! Talk soon.';
const FOUND = ((found) => {
  if (!found) throw new Error('the coach finds nothing in the test draft');
  return found;
})(detect(DRAFT)[0]);
const FIRST = FOUND.suggestions[0] ?? '';
const REWRITTEN = DRAFT.slice(0, FOUND.start) + FIRST + DRAFT.slice(FOUND.end);

let echt: EchtBrowser;
let server: FixtureServer;
/** The same fixtures on another port: another origin of a matched site. */
let other: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  other = await serveFixtures();
  echt = await launchEcht();
});

afterAll(async () => {
  await echt?.close();
  await server?.close();
  await other?.close();
});

/** Page errors and console errors, as openChatPage collects them. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
}

/** The chip as drawn in one document (a page or a frame): its kind, its text, and whether it lies inside that window. */
function chipIn(where: Page | Frame) {
  return where.evaluate(() => {
    const root = document.querySelector('echt-chip')?.shadowRoot?.querySelector<HTMLElement>('.chip');
    if (!root || root.childElementCount === 0) return null;
    const box = root.getBoundingClientRect();
    const view = document.documentElement;
    return {
      kind: root.dataset.kind ?? null,
      text: root.textContent ?? '',
      inside: box.left >= 0 && box.top >= 0 && box.right <= view.clientWidth && box.bottom <= view.clientHeight,
    };
  });
}

/** Types the draft into `composer` key by key and waits for the chip, inside that window. */
async function typeDraft(composer: Locator, where: Page | Frame, page: Page): Promise<void> {
  await composer.click();
  await page.keyboard.type(DRAFT, { delay: 5 });
  // Patience, not a timing: a page of frames starts a content script in each, and each asks
  // the background for its setup before it looks at a draft.
  await expect.poll(async () => (await chipIn(where))?.kind, { timeout: 10_000 }).toBe(FOUND.kind);
  expect((await chipIn(where))?.inside).toBe(true);
}

/** The same, then the first rewrite taken. */
async function typeAndAccept(composer: Locator, where: Page | Frame, page: Page): Promise<void> {
  await typeDraft(composer, where, page);
  await page.keyboard.press('Alt+Shift+Enter');
}

/** A one-line contenteditable's text as the user reads it (the browser keeps some spaces as no-break spaces). */
const shownText = (element: Element) => (element.textContent ?? '').replace(/\u00A0/g, ' ');

const frameOf = async (page: Page, id: string): Promise<Frame> => {
  const frame = await (await page.locator(`#${id}`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  return frame;
};

describe('the chip in frames of a chat site', () => {
  it("works in the site's own frame, drawn inside it, with one-step undo", async () => {
    const page = await echt.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.origin}/frames.html?other=${encodeURIComponent(other.origin)}`);
    const model = (frame: Frame) =>
      frame.evaluate(() => (window as unknown as { chatFixture: { modelText(): string } }).chatFixture.modelText());

    const same = await frameOf(page, 'same');
    await same.waitForFunction(() => 'chatFixture' in window);
    await typeAndAccept(same.locator(COMPOSERS.contenteditable), same, page);
    await expect.poll(() => model(same)).toBe(REWRITTEN);
    await page.keyboard.press('Control+z');
    await expect.poll(() => model(same)).toBe(DRAFT);

    // Nothing of Echt in the page around the frame.
    expect(await page.evaluate(() => document.querySelectorAll('echt-chip').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  // The srcdoc frame has no address of its own (its location.origin is "null"): the worker
  // judges it by the page it is in, as the browser reports it.
  it("works in another origin's frame and a blank one, each drawn inside its frame", async () => {
    const page = await echt.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.origin}/frames.html?other=${encodeURIComponent(other.origin)}`);
    const model = (frame: Frame) =>
      frame.evaluate(() => (window as unknown as { chatFixture: { modelText(): string } }).chatFixture.modelText());

    const cross = await frameOf(page, 'cross');
    expect(new URL(cross.url()).origin).toBe(other.origin);
    await cross.waitForFunction(() => 'chatFixture' in window);
    await typeAndAccept(cross.locator(COMPOSERS.textarea), cross, page);
    await expect.poll(() => model(cross)).toBe(REWRITTEN);

    const written = await frameOf(page, 'written');
    await typeAndAccept(written.locator('[contenteditable="true"]'), written, page);
    await expect.poll(() => written.locator('[contenteditable="true"]').evaluate(shownText)).toBe(REWRITTEN);

    // Nothing of Echt in the page around the frames.
    expect(await page.evaluate(() => document.querySelectorAll('echt-chip').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the chip in an open shadow root', () => {
  it('follows focus into the web component, underlines the phrase there and replaces it with one-step undo', async () => {
    const page = await echt.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.origin}/shadow.html`);
    await page.waitForFunction(() => 'chatFixture' in window);
    const model = () =>
      page.evaluate(() => (window as unknown as { chatFixture: { modelText(): string } }).chatFixture.modelText());
    // Playwright's CSS reaches into open shadow roots.
    const composer = page.locator('chat-composer .box');
    await typeDraft(composer, page, page);
    const underline = () =>
      page.evaluate(() => {
        const box = document.querySelector('chat-app')?.shadowRoot?.querySelector('chat-composer')?.shadowRoot;
        const styled = Array.from(box?.adoptedStyleSheets ?? []).some((sheet) =>
          Array.from(sheet.cssRules).some((rule) => rule.cssText.includes('::highlight(echt-phrase)')),
        );
        return { highlighted: CSS.highlights.has('echt-phrase'), styled };
      });
    expect(await underline()).toEqual({ highlighted: true, styled: true });

    await page.keyboard.press('Alt+Shift+Enter');
    await expect.poll(model).toBe(REWRITTEN);
    await page.keyboard.press('Control+z');
    await expect.poll(model).toBe(DRAFT);
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() => (window as unknown as { chatFixture: { sent: string[] } }).chatFixture.sent),
    ).toEqual([DRAFT]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the chip on a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('shows, underlines and replaces in both composers, and the page sees no violation', async () => {
    const page = await echt.context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(`${server.origin}/strict/chat.html`);
    expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
    await page.waitForFunction(() => 'chatFixture' in window);

    await typeDraft(page.locator('#rich'), page, page);
    expect(await page.evaluate(() => CSS.highlights.has('echt-phrase'))).toBe(true);
    // Its stylesheet applies: the card is drawn as a card.
    const look = await page.evaluate(() => {
      const root = document.querySelector('echt-chip')?.shadowRoot?.querySelector('.chip');
      return root ? getComputedStyle(root).borderTopLeftRadius : null;
    });
    expect(look).toBe('10px');
    await page.keyboard.press('Alt+Shift+Enter');
    await expect.poll(() => page.locator('#rich').evaluate(shownText)).toBe(REWRITTEN);

    await typeDraft(page.locator('#plain'), page, page);
    await expect.poll(() => page.locator('echt-chip .mirror .mark').count()).toBe(1);
    await page.keyboard.press('Alt+Shift+Enter');
    await expect.poll(() => page.locator('#plain').inputValue()).toBe(REWRITTEN);

    expect(await page.evaluate(() => (window as unknown as { violations: unknown[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the underline in a textarea', () => {
  /** The underline drawn over the field, and the field's own box and scroll. */
  const underline = (page: Page) =>
    page.evaluate((selector) => {
      const field = document.querySelector<HTMLTextAreaElement>(selector);
      const mirror = document.querySelector('echt-chip')?.shadowRoot?.querySelector<HTMLElement>('.mirror');
      const mark = mirror?.querySelector('.mark');
      if (!field || !mirror || !mark) return null;
      const box = field.getBoundingClientRect();
      const over = mirror.getBoundingClientRect();
      // Which characters of the field lie under the middle of each line of the underline.
      const under = Array.from(mark.getClientRects())
        .filter((line) => line.bottom > box.top && line.top < box.bottom)
        .map((line) => document.caretPositionFromPoint(line.left + 2, line.top + line.height / 2)?.offset ?? -1);
      return {
        text: mark.textContent,
        under,
        covers: [
          over.left - box.left - field.clientLeft,
          over.top - box.top - field.clientTop,
          over.width,
          over.height,
        ],
        size: [field.clientWidth, field.clientHeight],
        scroll: [mirror.scrollTop, field.scrollTop],
      };
    }, COMPOSERS.textarea);

  it('lies under the phrase, outside the field, and follows wrapping, scrolling and resizing until the text changes', async () => {
    const chat = await openChatPage(echt.context, server.origin, 'textarea');
    const { page } = chat;
    const field = page.locator(COMPOSERS.textarea);
    const before = await field.boundingBox();
    await field.click();
    // Earlier lines, so that the field scrolls; the phrase is on the last one.
    await page.keyboard.insertText('Morning!\n'.repeat(6));
    await page.keyboard.type(DRAFT, { delay: 5 });
    await expect.poll(async () => (await underline(page))?.text).toBe(FOUND.phrase);
    const phraseAt = 'Morning!\n'.repeat(6).length + FOUND.start;
    const within = (offsets: number[] | undefined) =>
      (offsets ?? []).length > 0 &&
      (offsets ?? []).every((at) => at >= phraseAt && at < phraseAt + FOUND.phrase.length);

    let drawn = await underline(page);
    expect(drawn?.covers.slice(0, 2)).toEqual([0, 0]);
    expect(drawn?.covers.slice(2)).toEqual(drawn?.size);
    expect(drawn?.scroll[0]).toBe(drawn?.scroll[1]);
    expect(drawn?.scroll[1]).toBeGreaterThan(0);
    expect(within(drawn?.under)).toBe(true);
    // Nothing moved, nothing is inside the field.
    expect(await field.boundingBox()).toEqual(before);
    expect(await field.inputValue()).toBe(`${'Morning!\n'.repeat(6)}${DRAFT}`);

    // The user scrolls the field up, then narrows the window so the text wraps anew.
    await field.evaluate((element) => element.scrollTo(0, 20));
    await expect.poll(async () => (await underline(page))?.scroll).toEqual([20, 20]);
    await page.setViewportSize({ width: 520, height: 700 });
    await field.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect
      .poll(async () => {
        const now = await underline(page);
        return now && now.covers[2] === now.size[0] && now.scroll[0] === now.scroll[1] && within(now.under);
      })
      .toBe(true);
    drawn = await underline(page);
    expect(drawn?.under.length).toBeGreaterThan(1);

    // The text changes under it: the underline goes at once.
    await page.keyboard.type(' ');
    expect(await underline(page)).toBeNull();
    expect(chat.errors).toEqual([]);
    await page.close();
  });
});

describe('the chip in a small window', () => {
  it('never covers the text being typed or the send button, stays in the window and moves as the composer grows', async () => {
    const chat = await openChatPage(echt.context, server.origin, 'contenteditable');
    const { page } = chat;
    await page.setViewportSize({ width: 360, height: 640 });
    const composer = page.locator(COMPOSERS.contenteditable);
    const send = page.locator('#send');
    const card = page.locator('echt-chip .chip');
    const overlaps = (a: Box, b: Box) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

    await typeDraft(composer, page, page);
    const check = async () => {
      const [chip, field, button] = await Promise.all([card.boundingBox(), composer.boundingBox(), send.boundingBox()]);
      if (!chip || !field || !button) throw new Error('missing box');
      expect((await chipIn(page))?.inside).toBe(true);
      expect(overlaps(chip, field)).toBe(false);
      expect(overlaps(chip, button)).toBe(false);
      return { chip, field };
    };
    const first = await check();
    // More rewrites open: still clear of both.
    await page.locator('echt-chip .quiet[data-action="more"]').click();
    await check();

    // The composer grows by three lines; the card moves up with it.
    for (const line of ['Thinking of you.', 'Really.', 'Sam']) {
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type(line);
    }
    await expect.poll(async () => (await composer.boundingBox())?.y).toBeLessThan(first.field.y);
    await expect.poll(async () => (await card.boundingBox())?.y).toBeLessThan(first.chip.y);
    await check();
    expect(chat.errors).toEqual([]);
    await page.close();
  });
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
