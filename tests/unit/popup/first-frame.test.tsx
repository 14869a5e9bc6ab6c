// The popup's first frame (src/ui/popup/first-frame.ts): kept after the first render, painted
// by the next popup's first script only when it is what the module is about to render (this
// build, this tab, the language the module renders in at once), taken over by Preact node for
// node, and removed by "delete everything".
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import nl from '../../../public/_locales/nl/messages.json';
import { type Locale, translator } from '../../../src/i18n';
import { forgetKept, keepCatalog, keepLocale } from '../../../src/i18n/kept';
import { keepFirstFrame, keptFirstFrame, paintFirstFrame } from '../../../src/ui/popup/first-frame';
import { RENDERED_MARK } from '../../../src/ui/popup/marks';
import { PopupView } from '../../../src/ui/popup/PopupView';
import { NOW, noCheckIns } from './fixtures';

// popup.html's module script is only looked at here, never run.
declare const happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } };
happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;

/** popup.html as built: its module, named on the first script for it to start, names the build. */
function page(build = '/chunks/popup-AAAA.js'): HTMLElement {
  document.head.innerHTML = '';
  document.body.innerHTML = `<div id="app"></div><script src="/popup-frame.js" data-echt-module="${build}"></script>`;
  const root = document.getElementById('app');
  if (!root) throw new Error('no root');
  return root;
}

/** The popup's first render: Today loading, nothing read yet. */
function firstRender(locale: Locale) {
  return (
    <PopupView
      t={translator(locale)}
      locale={locale}
      now={NOW}
      initialTab="today"
      today={{ state: 'loading' }}
      checkInsThisWeek={null}
      reconnect={[]}
      people={[]}
      {...noCheckIns()}
      pausedUntil={undefined}
      status={{ state: 'loading' }}
      site={{ status: null, onToggle: () => {} }}
      announcement=""
      onCopy={async () => true}
      onPause={() => {}}
      onResume={() => {}}
      onOpenSettings={() => {}}
    />
  );
}

/** What a popup in `locale` leaves behind: the language, its catalog and the first frame. */
function keptBy(locale: Locale): string {
  const root = page();
  keepLocale(locale);
  keepCatalog(locale, locale === 'en' ? en : nl);
  render(firstRender(locale), root);
  const html = root.innerHTML;
  keepFirstFrame('today', locale, html);
  render(null, root);
  return html;
}

beforeEach(() => {
  performance.clearMarks();
});
afterEach(() => {
  document.head.innerHTML = '';
});

describe("the popup's first frame", () => {
  it('is painted at once by the next popup, in the language kept, and Preact takes its nodes over', async () => {
    const html = keptBy('nl');
    const root = page();
    paintFirstFrame(root, 'today');
    expect(root.innerHTML).toBe(html);
    expect(document.documentElement.lang).toBe('nl');
    expect(root.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('Vandaag');
    const heading = root.querySelector('h1');
    render(firstRender('nl'), root);
    expect(root.innerHTML).toBe(html);
    expect(root.querySelector('h1')).toBe(heading);
    // The first render's mark is set after the frame's paint (a frame, then a task).
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
    expect(performance.getEntriesByName(RENDERED_MARK)).toHaveLength(1);
  });

  it("starts the popup's module as the frame paints, and at once when there is no frame to paint", async () => {
    const started = () => document.querySelectorAll('script[type="module"][src="/chunks/popup-AAAA.js"]').length;
    keptBy('en');
    const root = page();
    paintFirstFrame(root, 'today');
    expect(root.innerHTML).not.toBe('');
    // Run before the paint, the module would hold the frame back until it had run. It is put
    // on the page as the frame paints.
    expect(started()).toBe(0);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
    expect(performance.getEntriesByName(RENDERED_MARK)).toHaveLength(1);
    expect(started()).toBe(1);
    localStorage.clear();
    page();
    paintFirstFrame(document.getElementById('app'), 'today');
    expect(started()).toBe(1);
  });

  it('starts the module on a page the browser does not paint yet, once', () => {
    const started = () => document.querySelectorAll('script[type="module"][src="/chunks/popup-AAAA.js"]').length;
    keptBy('en');
    const root = page();
    // A tab opened behind others gets no frame until it is shown: hold the frames back.
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      paintFirstFrame(root, 'today');
      expect(started()).toBe(0);
      vi.advanceTimersByTime(300);
      expect(started()).toBe(1);
      // The frame comes once the tab is shown: the module is not started again.
      for (const frame of frames) frame(0);
      vi.runAllTimers();
      expect(started()).toBe(1);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('holds nothing but the loading state', () => {
    const html = keptBy('en');
    expect(html).toContain('Today');
    expect(html).not.toMatch(/@|meeting-card/);
  });

  it('is not painted for another build, tab or language, or without this build’s catalog', () => {
    keptBy('en');
    expect(keptFirstFrame('today')?.locale).toBe('en');
    expect(keptFirstFrame('phrases')).toBeUndefined();
    page('/chunks/popup-BBBB.js');
    expect(keptFirstFrame('today')).toBeUndefined();
    page();
    keepLocale('nl');
    expect(keptFirstFrame('today')).toBeUndefined();
    keepLocale('en');
    localStorage.removeItem('echt.catalog.en');
    expect(keptFirstFrame('today')).toBeUndefined();
  });

  it('is not painted when damaged, nor over a page that has content already', () => {
    keptBy('en');
    const root = page();
    root.innerHTML = '<p>already here</p>';
    paintFirstFrame(root, 'today');
    expect(root.innerHTML).toBe('<p>already here</p>');
    for (const damaged of ['{"build":', '42', JSON.stringify({ build: '/chunks/popup-AAAA.js', locale: 'en' })]) {
      localStorage.setItem('echt.popupFrame.today', damaged);
      expect(keptFirstFrame('today')).toBeUndefined();
    }
  });

  it('goes with "delete everything"', () => {
    keptBy('en');
    localStorage.setItem('other.page', 'kept');
    forgetKept();
    expect(Object.keys(localStorage)).toEqual(['other.page']);
    expect(keptFirstFrame('today')).toBeUndefined();
  });
});
