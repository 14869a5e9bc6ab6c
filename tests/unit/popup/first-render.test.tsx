// The popup's first render when Today's reads are already in (entrypoints/popup/main.tsx waits
// for them over the kept frame): Today shows its meetings in that render, and the reads that
// answered before it cause no render of their own after it.
import { clear, createStore } from 'idb-keyval';
import { options, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/App';
import { useSettled } from '../../../entrypoints/popup/hooks';
import { startOpening } from '../../../entrypoints/popup/opening';
import { upcomingMeetings } from '../../../src/background/reminders';
import { parseCalendar } from '../../../src/calendar';
import { importCalendarFile } from '../../../src/feeds/sync';
import { settledNow, track } from '../../../src/ui';
import { calendar } from '../feeds/helpers';

const copies = createStore('echt-feeds', 'copies');
/** An ICS date-time, in UTC, an hour from now: the popup shows the meetings ahead of the clock. */
function inAnHour(): string {
  return new Date(Date.now() + 3_600_000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

let renders = 0;

/** What a read started before the page rendered has come to, counting its renders. */
function Shows({ read }: { read: Promise<string> }) {
  renders += 1;
  const result = useSettled(read);
  return <p>{typeof result === 'object' ? result.value : result}</p>;
}

/** Renders of App, counted through Preact's hook for each finished component. */
let appRenders = 0;
const previousDiffed = options.diffed;
options.diffed = (vnode) => {
  if (vnode.type === App) appRenders += 1;
  previousDiffed?.(vnode);
};

let root: HTMLElement;
beforeEach(async () => {
  await clear(copies);
  vi.restoreAllMocks();
  // No worker here: the status line and the site toggle go without.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: false, error: 'not here' }));
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe("the popup's first render", () => {
  it("shows Today's meetings at once when its reads have answered", async () => {
    const now = Date.now();
    await importCalendarFile('Team', calendar(['Coffee with Sam', inAnHour()]), {
      now: new Date(now),
      validate: (text) => void parseCalendar(text),
    });
    // The worker works out the meetings ahead and keeps them beside the calendar.
    expect((await upcomingMeetings(12, new Date(now))).map((meeting) => meeting.title)).toEqual(['Coffee with Sam']);
    const opening = startOpening('', now);
    await opening.read;
    render(<App opening={opening} firstLocale="en" />, root);
    // Synchronously, in that one render: no "loading" in between.
    expect(root.textContent).toContain('Coffee with Sam');
    // Once its effects have run, one more render only: the status line, which asks the worker
    // once Today is on screen. None for the language, the settings or the reads, all known
    // already (each would cost the popup's thread a few ms right after Today's paint).
    const rendersAfter = appRenders;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(appRenders - rendersAfter).toBe(1);
    expect(root.textContent).toContain('Coffee with Sam');
  });

  it('renders once for reads that answered before it, and once more for one that answers after', async () => {
    renders = 0;
    const early = track(Promise.resolve('in already'));
    await early;
    expect(settledNow(early)).toEqual({ value: 'in already' });
    render(<Shows read={early} />, root);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(root.textContent).toBe('in already');
    expect(renders).toBe(1);

    render(null, root);
    renders = 0;
    let answer: (value: string) => void = () => {};
    const late = track(new Promise<string>((resolve) => (answer = resolve)));
    render(<Shows read={late} />, root);
    expect(root.textContent).toBe('pending');
    answer('later');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(root.textContent).toBe('later');
    expect(renders).toBe(2);
  });
});
