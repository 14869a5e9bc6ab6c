// The options page's people and data sections in the built extension: people, "ask about"
// items and check-ins typed in by hand; export, delete everything, import, and everything
// back identical; broken and foreign files change nothing; Dutch; axe; light and dark.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { axeViolations } from './support/axe';
import { ARTIFACTS, type EchtBrowser, launchEcht } from './support/browser';
import { saveSelfEmails } from './support/options';
import { privateSettings } from './support/stored';

// The extension's own API, used inside evaluate().
declare const chrome: typeof browser;

let echt: EchtBrowser;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  echt = await launchEcht();
});

afterAll(async () => {
  await echt?.close();
});

async function openOptions(): Promise<Page> {
  const page = await echt.context.newPage();
  await page.goto(echt.url('options.html'));
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toMatch(/^(Echt settings|Instellingen van Echt)$/);
  return page;
}

/** Every setting by name: storage.local's, and the private ones (the extension's IndexedDB). */
async function storedSettings(): Promise<Record<string, unknown>> {
  const local = await echt.worker.evaluate(() => chrome.storage.local.get(null));
  const secrets = await echt.worker.evaluate(privateSettings);
  return { ...local, ...Object.fromEntries(Object.entries(secrets).map(([name, record]) => [name, record.value])) };
}

function sections(page: Page) {
  return {
    people: page.getByRole('region', { name: /^(People|Mensen)$/ }),
    data: page.getByRole('region', { name: /^(Your data|Je gegevens)$/ }),
  };
}

/** The list item of one person in the people section. */
function personItem(people: Locator, name: string): Locator {
  return people.getByRole('listitem').filter({ has: people.page().getByRole('button', { name, exact: true }) });
}

/** Opens a person's details, unless they are open already. */
async function openPerson(people: Locator, name: string): Promise<Locator> {
  const toggle = people.getByRole('button', { name, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  return personItem(people, name);
}

/** Clicks "Export everything" and returns the downloaded file's name and parsed contents. */
async function exportFile(page: Page, saveAs: string): Promise<{ name: string; file: Record<string, unknown> }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    sections(page).data.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  const path = join(ARTIFACTS, saveAs);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), file: JSON.parse(await readFile(path, 'utf8')) };
}

/** A backup without the moment it was made: what must come back identical. */
function contents(file: Record<string, unknown>): Record<string, unknown> {
  const { exportedAt: _made, ...rest } = file;
  return rest;
}

async function chooseFile(page: Page, name: string, text: string, label = 'Backup file'): Promise<void> {
  await sections(page)
    .data.getByLabel(label)
    .setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
}

describe('people and data on the options page', () => {
  it('keeps a person, an "ask about" item and a check-in, and brings them all back after delete everything', async () => {
    const page = await openOptions();
    const { people, data } = sections(page);
    await expect.poll(() => people.getByText(/^No one here yet\./).count()).toBe(1);

    await people.getByRole('button', { name: 'Add a person' }).click();
    const form = people.getByRole('group', { name: 'New person' });
    await form.getByLabel('Name').fill('Sofié Claes');
    await form.getByLabel('E-mail addresses').fill('sofie@example.be');
    await form.getByLabel('Notes').fill('Two kids. Runs on Sundays.');
    await form.getByRole('button', { name: 'Add' }).click();

    const sofie = personItem(people, 'Sofié Claes');
    await expect.poll(() => people.getByText('Sofié Claes added.').count()).toBe(1);
    const ask = sofie.getByRole('form', { name: 'Add something to ask Sofié Claes about' });
    await ask.getByLabel('Something to ask about').fill('Moving house');
    await ask.getByLabel('Date (optional)').fill('2026-06-12');
    await ask.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => sofie.getByRole('list', { name: 'Ask about' }).textContent()).toContain('12 June 2026');

    const log = sofie.getByRole('form', { name: 'Log a check-in with Sofié Claes' });
    await log.getByLabel('How').selectOption('coffee');
    await log.getByLabel('Note (optional, one line)').fill('Talked about the new flat');
    await log.getByRole('button', { name: 'Log check-in' }).click();
    await expect.poll(() => sofie.getByText('Last check-in less than a minute ago').count()).toBe(1);
    await saveSelfEmails(page, ['me@example.org']);
    await expect.poll(async () => (await storedSettings())['settings.selfEmails']).toEqual(['me@example.org']);

    const before = await exportFile(page, 'options-data-before.json');
    expect(before.name).toMatch(/^echt-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(before.file).toMatchObject({
      format: 'echt.backup',
      version: 2,
      settings: { 'private:settings.selfEmails': ['me@example.org'] },
      people: {
        format: 'echt.people',
        people: [{ name: 'Sofié Claes', askAbout: [{ text: 'Moving house', date: '2026-06-12' }] }],
        checkIns: [{ how: 'coffee', note: 'Talked about the new flat' }],
      },
    });
    expect(await data.getByText(/^Saved echt-backup-/).count()).toBe(1);
    // The language and its words, kept for the popup's first paint (src/i18n/kept.ts).
    const kept = () =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith('echt.'))
          .sort(),
      );
    expect(await kept()).toEqual(['echt.catalog.en', 'echt.locale']);

    await data.getByRole('button', { name: 'Delete everything…' }).click();
    await data.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => data.getByText(/^Everything is deleted\./).count()).toBe(1);
    await expect.poll(() => people.getByText(/^No one here yet\./).count()).toBe(1);
    expect((await storedSettings())['settings.selfEmails']).toEqual([]);
    expect(await kept()).toEqual([]);

    await data.getByLabel('Backup file').setInputFiles(join(ARTIFACTS, 'options-data-before.json'));
    await expect.poll(() => data.getByRole('group').textContent()).toMatch(/People: 1\. Check-ins: 1\./);
    await data.getByRole('button', { name: 'Replace everything here' }).click();
    await expect
      .poll(() => data.getByText(/^Imported\. Everything here now comes from the file\./).textContent())
      .toBe('Imported. Everything here now comes from the file. People: 1. Check-ins: 1.');

    // The people section reads the list again by itself; everything is where it was.
    await openPerson(people, 'Sofié Claes');
    await expect.poll(() => sofie.getByRole('list', { name: 'Ask about' }).textContent()).toContain('Moving house');
    expect(await sofie.getByRole('list', { name: 'Recent check-ins' }).textContent()).toContain(
      'Talked about the new flat',
    );
    expect(await sofie.getByLabel('Notes').inputValue()).toBe('Two kids. Runs on Sundays.');
    expect((await storedSettings())['settings.selfEmails']).toEqual(['me@example.org']);

    const after = await exportFile(page, 'options-data-after.json');
    expect(contents(after.file)).toEqual(contents(before.file));
    await page.close();
  });

  it('refuses a broken file, a foreign file and a file with an invalid setting, and changes nothing', async () => {
    const page = await openOptions();
    const { people, data } = sections(page);
    await expect.poll(() => people.getByRole('button', { name: 'Sofié Claes', exact: true }).count()).toBe(1);
    const before = await exportFile(page, 'options-data-unchanged-before.json');
    const storedBefore = await storedSettings();

    const attempts: [string, string, string][] = [
      ['broken.json', '{"format": "echt.backup", "version": 1, "people": {', 'This file is not JSON'],
      [
        'package.json',
        JSON.stringify({ name: 'some-app', version: '1.0.0', dependencies: {} }),
        'This is not an Echt backup',
      ],
      [
        'edited.json',
        JSON.stringify({ ...before.file, settings: { 'local:settings.language': 'klingon' } }),
        'A setting in this backup is not valid (settings.language)',
      ],
    ];
    for (const [name, text, reason] of attempts) {
      await chooseFile(page, name, text);
      await expect.poll(() => data.getByRole('alert').textContent()).toMatch(reason);
      expect(await data.getByRole('alert').textContent()).toMatch(/Nothing was changed\.$/);
      expect(await data.getByRole('button', { name: 'Replace everything here' }).count()).toBe(0);
    }

    expect(await storedSettings()).toEqual(storedBefore);
    const after = await exportFile(page, 'options-data-unchanged-after.json');
    expect(contents(after.file)).toEqual(contents(before.file));
    await page.close();
  });

  it('has no axe violations with the sections open, in light and dark', async () => {
    const page = await openOptions();
    const { people, data } = sections(page);
    await openPerson(people, 'Sofié Claes');
    await expect.poll(() => people.getByRole('list', { name: 'Recent check-ins' }).count()).toBe(1);
    await data.getByRole('button', { name: 'Delete everything…' }).click();

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `options-${colorScheme}.png`), fullPage: true });
    }
    await page.emulateMedia({ colorScheme: null });
    await page.close();
  });

  it('speaks Dutch in both sections when the language is Dutch', async () => {
    const page = await openOptions();
    await page.getByLabel('Language').selectOption('nl');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Instellingen van Echt');
    const { people, data } = sections(page);

    expect(await people.getByRole('heading', { level: 2 }).textContent()).toBe('Mensen');
    expect(await people.getByRole('button', { name: 'Iemand toevoegen' }).count()).toBe(1);
    expect(await people.getByLabel('Zoek iemand op naam').count()).toBe(1);
    const sofie = await openPerson(people, 'Sofié Claes');
    expect(await sofie.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'Gegevens',
      'Vragen naar',
      'Laatste contactmomenten',
    ]);
    expect(await sofie.getByLabel('Voorstellen om contact te zoeken na').count()).toBe(1);
    expect(await sofie.getByRole('list', { name: 'Vragen naar' }).textContent()).toContain('12 juni 2026');
    expect(await sofie.getByText(/^Laatste contact .+ geleden$/).count()).toBe(1);

    expect(await data.getByRole('heading', { level: 2 }).textContent()).toBe('Je gegevens');
    expect(await data.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Exporteren',
      'Importeren',
      'Alles verwijderen',
    ]);
    await chooseFile(page, 'kapot.json', '{', 'Back-upbestand');
    await expect
      .poll(() => data.getByRole('alert').textContent())
      .toBe('Dit bestand is geen JSON, dus het kan geen back-up van Echt zijn. Er is niets veranderd.');
    await page.screenshot({ path: join(ARTIFACTS, 'options-nl.png'), fullPage: true });

    await page.getByLabel('Taal').selectOption('auto');
    await expect.poll(() => people.getByRole('heading', { level: 2 }).textContent()).toBe('People');
    await page.close();
  });
});
