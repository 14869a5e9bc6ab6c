// The options page's map in the built extension: a navigation landmark whose links reach
// every section by mouse and by keyboard, marks the section in view and keeps every
// heading; a sidebar on wide windows, a compact menu on narrow ones; deep links from the
// popup and other pages (options.html#calendars); axe in light and dark, English and Dutch.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { ARTIFACTS, type EchtBrowser, launchEcht } from './support/browser';
import { installed } from './support/options';

/** Each section, its link and what heads it (the language section is headed by its one field's label). */
const SECTIONS = [
  { id: 'language', link: 'Language', heading: (page: Page) => page.getByText('Language', { exact: true }).last() },
  { id: 'you', link: 'You', heading: (page: Page) => page.getByRole('heading', { name: 'You', exact: true }) },
  {
    id: 'calendars',
    link: 'Calendars',
    heading: (page: Page) => page.getByRole('heading', { name: 'Calendars', exact: true }),
  },
  {
    id: 'reminders',
    link: 'Reminders',
    heading: (page: Page) => page.getByRole('heading', { name: 'Reminders', exact: true }),
  },
  { id: 'chat', link: 'Chat', heading: (page: Page) => page.getByRole('heading', { name: 'Chat', exact: true }) },
  { id: 'people', link: 'People', heading: (page: Page) => page.getByRole('heading', { name: 'People', exact: true }) },
  { id: 'data', link: 'Your data', heading: (page: Page) => page.getByRole('heading', { name: 'Your data' }) },
] as const;

const WAIT = { timeout: 15_000 };

let echt: EchtBrowser;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  echt = await launchEcht();
});

afterAll(async () => {
  await echt?.close();
});

async function openOptions(path = 'options.html', width = 1000): Promise<Page> {
  const page = await echt.context.newPage();
  await page.setViewportSize({ width, height: 700 });
  await page.goto(echt.url(path));
  await installed(page);
  // Every section has rendered (the last one reads people memory).
  await expect.poll(() => page.getByRole('heading', { name: /^(Your data|Je gegevens)$/ }).count(), WAIT).toBe(1);
  return page;
}

function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: /^(Sections of the settings|Onderdelen van de instellingen)$/ });
}

/** Whether `element` is on screen, below whatever bar sits at the top of the window. */
function inView(element: Locator, below = 0): Promise<boolean> {
  return element.evaluate((node, top) => {
    const box = node.getBoundingClientRect();
    return box.top >= top && box.bottom <= window.innerHeight;
  }, below);
}

function current(page: Page): Promise<string[]> {
  return nav(page).locator('a[aria-current]').allTextContents();
}

/** Presses Tab (or Shift+Tab, when `target` comes earlier in the page) until `target` has focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    const key = await target.evaluate((element) => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return 'Tab';
      return focused.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING ? 'Shift+Tab' : 'Tab';
    });
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

describe('the options page navigation', () => {
  it('reaches every section by its link on a wide window, marks it and keeps its heading', async () => {
    const page = await openOptions();
    expect(await nav(page).getByRole('link').allTextContents()).toEqual([
      ...SECTIONS.map((section) => section.link),
      'Set up again with the welcome page',
    ]);
    expect(await current(page)).toEqual(['Language']);
    // A sidebar: beside the sections, not above them.
    const [sidebar, main] = await Promise.all([nav(page).boundingBox(), page.getByRole('main').boundingBox()]);
    expect((sidebar?.x ?? 0) + (sidebar?.width ?? 0)).toBeLessThanOrEqual(main?.x ?? 0);

    for (const section of [...SECTIONS].reverse()) {
      await nav(page).getByRole('link', { name: section.link, exact: true }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${section.id}`);
      await expect.poll(() => current(page)).toEqual([section.link]);
      expect(await inView(section.heading(page)), section.id).toBe(true);
      // The sidebar stays in reach while the page scrolls.
      expect(await inView(nav(page).getByRole('link', { name: 'Language' }))).toBe(true);
    }
    await page.evaluate(() => document.querySelector('#reminders')?.scrollIntoView());
    await expect.poll(() => current(page)).toEqual(['Reminders']);
    await page.screenshot({ path: join(ARTIFACTS, 'options-nav.png') });
    await page.close();
  });

  it('reaches every section by keyboard: Tab to its link, Enter, and Tab goes on inside it', async () => {
    const page = await openOptions();
    for (const section of SECTIONS) {
      await tabTo(page, nav(page).getByRole('link', { name: section.link, exact: true }));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${section.id}`);
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate((id) => document.activeElement?.closest(`#${id}`) !== null, section.id),
        section.id,
      ).toBe(true);
      expect(await current(page)).toEqual([section.link]);
    }
    await page.close();
  });

  it('is a compact menu on a narrow window that names the section in view', async () => {
    const page = await openOptions('options.html', 500);
    const menu = nav(page).getByRole('button', { name: 'Section: Language' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav(page).getByRole('link', { name: 'People' }).isVisible()).toBe(false);

    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav(page).getByRole('link', { name: 'People' }).click();
    const button = nav(page).getByRole('button', { name: 'Section: People' });
    await expect.poll(() => button.count()).toBe(1);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const bar = (await nav(page).boundingBox())?.height ?? 0;
    expect(await inView(page.getByRole('heading', { name: 'People', exact: true }), bar)).toBe(true);

    // Escape closes the menu and gives focus back to its button.
    await button.click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);

    await button.click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(ARTIFACTS, 'options-nav-menu.png') });
    await page.emulateMedia({ colorScheme: null });
    await page.close();
  });

  it('opens at the section a link from another page names', async () => {
    const page = await openOptions('options.html#people');
    await expect.poll(() => inView(page.getByRole('heading', { name: 'People', exact: true })), WAIT).toBe(true);
    expect(await current(page)).toEqual(['People']);
    await page.close();

    // The popup's "Connect a calendar", with no calendar yet.
    const popup = await echt.context.newPage();
    await popup.goto(echt.url('popup.html'));
    const opened = echt.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Connect a calendar' }).click();
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toBe(echt.url('options.html#calendars'));
    await expect.poll(() => inView(options.getByRole('heading', { name: 'Calendars', exact: true })), WAIT).toBe(true);
    await expect.poll(() => current(options)).toEqual(['Calendars']);
    await options.close();
    await popup.close();
  });

  it('has no axe violations, wide and narrow with the menu open, light and dark, English and Dutch', async () => {
    const page = await openOptions();
    for (const language of ['en', 'nl'] as const) {
      await page.getByLabel(/^(Language|Taal)$/).selectOption(language);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
      for (const width of [1000, 500]) {
        await page.setViewportSize({ width, height: 700 });
        if (width === 500) await nav(page).getByRole('button').click();
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          expect(await axeViolations(page), `${language}, ${width}px, ${colorScheme}`).toEqual([]);
        }
        if (width === 500) await nav(page).getByRole('button').click();
      }
    }
    await page.getByLabel('Taal').selectOption('auto');
    await page.emulateMedia({ colorScheme: null });
    await page.close();
  });
});
