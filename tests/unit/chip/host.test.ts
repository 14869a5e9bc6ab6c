// The chip's host: which elements count as composers, mounting beside the one with focus
// and leaving nothing behind, and where the card goes beside it in a small window.
import { describe, expect, it } from 'vitest';
import { CHIP_TAG, mountChipHost, placeCard } from '../../../src/chip/host';
import { composerFor } from '../../../src/composer/detect';

function page(html: string): void {
  document.body.innerHTML = html;
}

function chip(): HTMLElement | null {
  return document.querySelector(CHIP_TAG);
}

describe('composerFor', () => {
  it('accepts the editors chat apps use', () => {
    page(`
      <textarea id="plain"></textarea>
      <div id="rich" contenteditable="true"><p id="line">hi</p></div>
      <div id="aria" role="textbox" tabindex="0"></div>`);
    expect(composerFor(document.getElementById('plain'))?.id).toBe('plain');
    expect(composerFor(document.getElementById('line'))?.id).toBe('rich');
    expect(composerFor(document.getElementById('aria'))?.id).toBe('aria');
  });

  it('leaves search boxes, passwords, code editors and opted-out fields alone', () => {
    page(`
      <input id="password" type="password">
      <input id="search" type="search">
      <textarea id="find" placeholder="Search messages"></textarea>
      <textarea id="readonly" readonly></textarea>
      <div class="cm-editor"><div id="code" contenteditable="true"></div></div>
      <div id="off" contenteditable="true" data-echt="off"></div>
      <textarea id="gramm" data-gramm="false"></textarea>`);
    for (const id of ['password', 'search', 'find', 'readonly', 'code', 'off', 'gramm']) {
      expect(composerFor(document.getElementById(id)), id).toBeNull();
    }
  });
});

describe('mountChipHost', () => {
  it('mounts an echt-chip with an open shadow root when a composer gets focus', () => {
    page('<textarea id="composer"></textarea><button id="other">x</button>');
    const controller = new AbortController();
    mountChipHost(document, 'Echt suggestion', controller.signal);
    expect(chip()).toBeNull();

    document.getElementById('composer')?.focus();
    const host = chip();
    expect(host?.shadowRoot?.mode).toBe('open');
    expect(host?.getAttribute('aria-label')).toBe('Echt suggestion');
    controller.abort();
  });

  it('writes nothing into the editor', () => {
    page('<div id="composer" contenteditable="true">Hello Sam</div>');
    const controller = new AbortController();
    mountChipHost(document, 'Echt suggestion', controller.signal);
    const composer = document.getElementById('composer') as HTMLElement;
    composer.focus();
    expect(composer.innerHTML).toBe('Hello Sam');
    expect(composer.contains(chip())).toBe(false);
    controller.abort();
  });

  it('goes away when focus moves elsewhere, and follows the next composer', () => {
    page('<textarea id="a"></textarea><textarea id="b"></textarea><button id="other">x</button>');
    const controller = new AbortController();
    mountChipHost(document, 'Echt suggestion', controller.signal);
    document.getElementById('a')?.focus();
    expect(chip()).not.toBeNull();
    document.getElementById('other')?.focus();
    expect(chip()).toBeNull();
    document.getElementById('b')?.focus();
    expect(document.querySelectorAll(CHIP_TAG)).toHaveLength(1);
    controller.abort();
  });

  it('removes everything it added when detached', () => {
    page('<textarea id="composer"></textarea>');
    const before = document.body.innerHTML;
    const controller = new AbortController();
    mountChipHost(document, 'Echt suggestion', controller.signal);
    document.getElementById('composer')?.focus();
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
    // Detached means deaf too: focusing again mounts nothing.
    document.getElementById('composer')?.blur();
    document.getElementById('composer')?.focus();
    expect(chip()).toBeNull();
  });

  it('drops the chip when the page removes the composer', async () => {
    page('<div id="thread"><textarea id="composer"></textarea></div>');
    const controller = new AbortController();
    mountChipHost(document, 'Echt suggestion', controller.signal);
    document.getElementById('composer')?.focus();
    document.getElementById('thread')?.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(chip()).toBeNull();
    controller.abort();
  });
});

describe('placeCard', () => {
  const WINDOW = { width: 360, height: 640 };
  const CARD = { width: 300, height: 160 };

  it('puts the card above the composer, right-aligned, inside the window', () => {
    const at = placeCard({ top: 500, bottom: 560, right: 350 }, CARD, WINDOW);
    expect(at).toEqual({ left: 50, top: 334, maxHeight: null, side: 'above' });
  });

  it("below the composer when there is no room above, and never past the window's left edge", () => {
    const at = placeCard({ top: 40, bottom: 100, right: 200 }, CARD, WINDOW);
    expect(at).toEqual({ left: 6, top: 106, maxHeight: null, side: 'below' });
  });

  it('on the roomier side, scrolling, when neither side holds it all; never over the composer', () => {
    const composer = { top: 150, bottom: 520, right: 354 };
    const at = placeCard(composer, CARD, WINDOW);
    expect(at.side).toBe('above');
    expect(at.maxHeight).toBe(138);
    expect(at.top).toBe(6);
    expect(at.top + (at.maxHeight ?? 0)).toBeLessThanOrEqual(composer.top - 6);
  });
});
