// The chip on a page follows the background's setup: mounted where it runs, detached
// when the user turns the site off (in any tab), and back when it is turned on again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHIP_TAG } from '../../../src/chip/host';
import { type ChipIO, startChip } from '../../../src/chip/page';
import { type ChipSetup, chipTexts } from '../../../src/chip/setup';
import { CHIP_STYLE } from '../../../src/chip/style';
import { coachData, DEFAULT_PREFERENCES } from '../../../src/coach';
import { compileSteps, createCoach } from '../../../src/coach/engine';

const SETUP: ChipSetup = {
  enabled: true,
  locale: 'en',
  texts: chipTexts('en'),
  style: CHIP_STYLE,
  preferences: DEFAULT_PREFERENCES,
  keys: ['local:settings.chatSites'],
};

let controller: AbortController;
let current: ChipSetup;
let changed: () => void;
let io: ChipIO;

beforeEach(() => {
  document.body.innerHTML = '<textarea id="composer"></textarea><button id="other">x</button>';
  controller = new AbortController();
  current = SETUP;
  io = {
    setup: vi.fn(async () => current),
    engine: async () => ({ createCoach, compileSteps }),
    knowledge: vi.fn(async (locale) => coachData(locale)),
    onChange: vi.fn((_keys, callback: () => void) => {
      changed = callback;
    }),
    silence: vi.fn(async () => null),
    setKindEnabled: vi.fn(async () => null),
  };
});

afterEach(() => controller.abort());

/** Focuses the composer afresh and tells whether the chip host came. */
function chipComesOnFocus(): boolean {
  (document.getElementById('other') as HTMLElement).focus();
  (document.getElementById('composer') as HTMLElement).focus();
  return document.querySelector(CHIP_TAG) !== null;
}

async function settingsChange(setup: ChipSetup): Promise<void> {
  current = setup;
  changed();
  // The answer comes back as a resolved promise.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('startChip', () => {
  it('asks whether it runs here and watches the keys it was given', async () => {
    await startChip(document, io, controller.signal);
    expect(io.setup).toHaveBeenCalledTimes(1);
    expect(io.onChange).toHaveBeenCalledWith(SETUP.keys, expect.any(Function), controller.signal);
    expect(chipComesOnFocus()).toBe(true);
  });

  it('mounts nothing on a site the user turned off', async () => {
    current = { ...SETUP, enabled: false };
    await startChip(document, io, controller.signal);
    expect(chipComesOnFocus()).toBe(false);
  });

  it('detaches at once when the site is turned off elsewhere, and comes back when turned on', async () => {
    await startChip(document, io, controller.signal);
    expect(chipComesOnFocus()).toBe(true);
    await settingsChange({ ...SETUP, enabled: false });
    expect(document.querySelector(CHIP_TAG)).toBeNull();
    expect(chipComesOnFocus()).toBe(false);
    await settingsChange(SETUP);
    expect(chipComesOnFocus()).toBe(true);
  });

  it('relabels the chip when the language changes', async () => {
    await startChip(document, io, controller.signal);
    chipComesOnFocus();
    await settingsChange({ ...SETUP, locale: 'nl', texts: chipTexts('nl') });
    expect(document.querySelector(CHIP_TAG)?.getAttribute('aria-label')).toBe('Suggestie van Echt');
  });

  it('styles the chip with the stylesheet the background sent', async () => {
    await startChip(document, io, controller.signal);
    chipComesOnFocus();
    const shadow = document.querySelector(CHIP_TAG)?.shadowRoot;
    // An adopted sheet where the browser allows one (strict pages refuse a <style>), else a <style>.
    const adopted = (shadow?.adoptedStyleSheets ?? []).map((sheet) =>
      Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'),
    );
    const sent = shadow?.querySelector('style')?.textContent;
    expect(sent === CHIP_STYLE || adopted.some((css) => css.includes('.chip'))).toBe(true);
  });

  it("asks for the coach's knowledge of the user's language once a composer has focus, not before", async () => {
    current = { ...SETUP, locale: 'nl', texts: chipTexts('nl') };
    await startChip(document, io, controller.signal);
    expect(io.knowledge).not.toHaveBeenCalled();
    chipComesOnFocus();
    chipComesOnFocus();
    expect(io.knowledge).toHaveBeenCalledTimes(1);
    expect(io.knowledge).toHaveBeenCalledWith('nl');
  });

  it('leaves nothing behind when the content script is detached', async () => {
    const before = document.body.innerHTML;
    await startChip(document, io, controller.signal);
    chipComesOnFocus();
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
    expect(chipComesOnFocus()).toBe(false);
  });
});
