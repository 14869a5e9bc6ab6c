// The chip's behaviour beside a composer, with the real coach and fake timers: when it
// appears, what it shows, how it is used by mouse and keyboard, and when it stays away.
// Whether real editors take the replacement is proven in Chromium (tests/e2e/chip.e2e.ts).
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import {
  type ChipConfig,
  type ChipRequests,
  FILL_IN_AFTER_MS,
  mountChip,
  PAUSE_MS,
} from '../../../src/chip/controller';
import { CHIP_TAG } from '../../../src/chip/host';
import { chipTexts } from '../../../src/chip/setup';
import { CHIP_STYLE } from '../../../src/chip/style';
import { coachData, createCoach, DEFAULT_PREFERENCES, setKindEnabled } from '../../../src/coach';
import { trusted, userClick } from './trusted';

const OFFER = 'let me know if I can do anything';
const DRAFT = `Hi Sam, ${OFFER}. Thanks!`;
const EN: ChipConfig = { texts: chipTexts('en'), style: CHIP_STYLE, locale: 'en', preferences: DEFAULT_PREFERENCES };

/** The coach with both languages ready, as a page has it once their knowledge arrived. */
const coach = { warm: () => undefined, detect: createCoach({ en: coachData('en'), nl: coachData('nl') }).detect };

let controller: AbortController;
let requests: {
  coach: ChipRequests['coach'];
  silence: Mock<ChipRequests['silence']>;
  turnOffKind: Mock<ChipRequests['turnOffKind']>;
};

/** Stands in for the browser's execCommand('insertText') in a textarea (happy-dom has none). */
function insertText(command: string, _ui?: boolean, text = ''): boolean {
  const field = document.activeElement;
  if (command !== 'insertText' || !(field instanceof HTMLTextAreaElement)) return false;
  field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}

beforeEach(() => {
  vi.useFakeTimers();
  document.execCommand = vi.fn(insertText);
  document.body.innerHTML =
    '<p>Chat</p><textarea id="composer" aria-label="Message"></textarea><button id="other">x</button>';
  controller = new AbortController();
  requests = { coach, silence: vi.fn<ChipRequests['silence']>(), turnOffKind: vi.fn<ChipRequests['turnOffKind']>() };
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function composer(): HTMLTextAreaElement {
  return document.getElementById('composer') as HTMLTextAreaElement;
}

function mount(config: ChipConfig = EN) {
  const chip = mountChip(document, config, requests, controller.signal);
  composer().focus();
  return chip;
}

/** Types like a user: one character at a time, each a beforeinput and an input event, 60 ms apart. */
async function type(text: string): Promise<void> {
  for (const char of text) {
    composer().dispatchEvent(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertText', data: char }));
    const at = composer().selectionStart;
    composer().setRangeText(char, at, composer().selectionEnd, 'end');
    // happy-dom puts the caret at the end of the whole value; a browser puts it after the text.
    composer().setSelectionRange(at + char.length, at + char.length);
    composer().dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: char }));
    await vi.advanceTimersByTimeAsync(60);
  }
}

const pause = () => vi.advanceTimersByTimeAsync(PAUSE_MS + 50);

function chip(): HTMLElement | null {
  return document.querySelector(CHIP_TAG)?.shadowRoot?.querySelector<HTMLElement>('.chip') ?? null;
}

function shown(): boolean {
  return (chip()?.childElementCount ?? 0) > 0;
}

function buttonNamed(name: string): HTMLButtonElement {
  const found = Array.from(chip()?.querySelectorAll('button') ?? []).find(
    (button) => button.textContent === name || button.getAttribute('aria-label') === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

function key(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = trusted(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init }));
  target.dispatchEvent(event);
  return event;
}

describe('when the chip appears', () => {
  it('shows nothing while the user types, and the chip after a pause', async () => {
    mount();
    await type(DRAFT);
    expect(shown()).toBe(false);
    await pause();
    expect(shown()).toBe(true);
    expect(chip()?.dataset.kind).toBe('vague-offer');
  });

  it('waits for a pause even when typing stops just short of it', async () => {
    mount();
    await type(DRAFT);
    await vi.advanceTimersByTimeAsync(PAUSE_MS - 100);
    await type(' ');
    await vi.advanceTimersByTimeAsync(PAUSE_MS - 100);
    expect(shown()).toBe(false);
    await pause();
    expect(shown()).toBe(true);
  });

  it('stays away from a draft without a phrase to improve', async () => {
    mount();
    await type('Hi Sam, I can take the Friday standup for you.');
    await pause();
    expect(shown()).toBe(false);
  });

  it('does not look at the draft during IME composition', async () => {
    mount();
    await type(DRAFT);
    composer().dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    await pause();
    expect(shown()).toBe(false);
    composer().dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: 'の' }));
    await pause();
    expect(shown()).toBe(true);
  });

  it('looks at the draft again, after a pause, once the coach can read its language', async () => {
    let knows = false;
    requests.coach = { warm: () => undefined, detect: (text, options) => (knows ? coach.detect(text, options) : []) };
    const chip = mount();
    await type(DRAFT);
    await pause();
    expect(shown()).toBe(false);
    knows = true;
    chip.refresh();
    expect(shown()).toBe(false);
    await pause();
    expect(shown()).toBe(true);
  });

  it('asks the coach to get ready when a composer gets focus', () => {
    const warm = vi.fn();
    requests.coach = { warm, detect: coach.detect };
    mount();
    expect(warm).toHaveBeenCalled();
  });

  it('gets its first card ready while the page is idle, showing and saying nothing for it', async () => {
    mount();
    const root = document.querySelector(CHIP_TAG)?.shadowRoot;
    const card = chip();
    const rehearsed = vi.fn();
    if (card) new MutationObserver(rehearsed).observe(card, { childList: true });
    await pause();
    expect(rehearsed).toHaveBeenCalled();
    expect(shown()).toBe(false);
    expect(card?.getAttribute('aria-label')).toBeNull();
    expect(root?.querySelector('[role="status"]')?.textContent).toBe('');
    await type(DRAFT);
    await pause();
    expect(shown()).toBe(true);
  });

  it('goes when the draft no longer holds the phrase', async () => {
    mount();
    await type(DRAFT);
    await pause();
    composer().value = 'Hi Sam, I can take Friday. Thanks!';
    composer().dispatchEvent(new InputEvent('input', { bubbles: true }));
    await pause();
    expect(shown()).toBe(false);
  });
});

describe('what the chip shows', () => {
  it('the kind, the first rewrite, a one-line why, and every rewrite as a button', async () => {
    mount();
    await type(DRAFT);
    await pause();
    const root = chip() as HTMLElement;
    expect(root.querySelector('.kind')?.textContent).toBe('Vague offer');
    expect(root.querySelector('.why')?.textContent).toMatch(/concrete offer/);
    const rewrites = Array.from(root.querySelectorAll<HTMLButtonElement>('.rewrite'));
    expect(rewrites.length).toBeGreaterThan(1);
    expect(rewrites.every((rewrite) => rewrite.tagName === 'BUTTON')).toBe(true);
    expect(rewrites.filter((rewrite) => !rewrite.hidden)).toHaveLength(1);
    expect(rewrites[0]?.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+Enter');
    expect(root.getAttribute('aria-label')).toBe('Echt suggestion: Vague offer');
  });

  it('reveals the other rewrites on "More"', async () => {
    mount();
    await type(DRAFT);
    await pause();
    userClick(buttonNamed('More'));
    expect(Array.from(chip()?.querySelectorAll<HTMLButtonElement>('.rewrite') ?? []).every((b) => !b.hidden)).toBe(
      true,
    );
    expect(buttonNamed('Fewer').getAttribute('aria-expanded')).toBe('true');
  });

  it('never writes into the editor and leaves the page as it was when detached', async () => {
    const before = document.body.innerHTML;
    mount();
    await type(DRAFT);
    await pause();
    expect(composer().value).toBe(DRAFT);
    expect(composer().querySelector(CHIP_TAG)).toBeNull();
    controller.abort();
    composer().value = '';
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('accepting', () => {
  it('replaces the phrase with the clicked rewrite and selects its placeholder', async () => {
    mount();
    await type(DRAFT);
    await pause();
    const rewrite = chip()?.querySelector<HTMLButtonElement>('.rewrite') as HTMLButtonElement;
    const text = rewrite.textContent ?? '';
    userClick(rewrite);
    // The edit waits out the editor's grouping of the last keys (1 s), then the note its time.
    await vi.advanceTimersByTimeAsync(1000 + FILL_IN_AFTER_MS + PAUSE_MS);
    const start = DRAFT.indexOf(OFFER);
    expect(composer().value.slice(start, start + text.length)).toBe(text);
    expect(composer().value.endsWith(' Thanks!')).toBe(true);
    expect(document.activeElement).toBe(composer());
    const slot = start + text.indexOf('[task]');
    expect([composer().selectionStart, composer().selectionEnd]).toEqual([slot, slot + '[task]'.length]);
    // The rewrite's chip is gone; a while later, a quiet note about the placeholder left.
    expect(chip()?.querySelector('.rewrite')).toBeNull();
    expect(chip()?.textContent).toBe('Fill in [task] before sending');
  });

  it('a click does not take focus from the composer', async () => {
    mount();
    await type(DRAFT);
    await pause();
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true });
    chip()?.querySelector('.rewrite')?.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
  });

  it('takes Alt+Shift+Enter in the composer as "use the first rewrite", and only that', async () => {
    mount();
    await type(DRAFT);
    await pause();
    const first = chip()?.querySelector('.rewrite')?.textContent ?? '';
    const event = key(composer(), { key: 'Enter', code: 'Enter', altKey: true, shiftKey: true });
    expect(event.defaultPrevented).toBe(true);
    await vi.runAllTimersAsync();
    expect(composer().value).toContain(first);
    expect(composer().value).not.toContain(OFFER);
  });

  it('reads the draft again first, so text typed before the phrase moves nothing out of place', async () => {
    mount();
    await type(DRAFT);
    await pause();
    // Typed at the start after the chip appeared; the chip still shows, offsets are stale.
    const first = chip()?.querySelector('.rewrite')?.textContent ?? '';
    composer().setRangeText('Oh! ', 0, 0, 'start');
    key(composer(), { key: 'Enter', code: 'Enter', altKey: true, shiftKey: true });
    await vi.runAllTimersAsync();
    expect(composer().value).toBe(`Oh! Hi Sam, ${first} Thanks!`);
  });

  it('does nothing during IME composition', async () => {
    mount();
    await type(DRAFT);
    await pause();
    composer().dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    key(composer(), { key: 'Enter', code: 'Enter', altKey: true, shiftKey: true, isComposing: true });
    await vi.runAllTimersAsync();
    expect(composer().value).toBe(DRAFT);
  });

  it('does not bring the phrase back after it was accepted and then undone', async () => {
    mount();
    await type(DRAFT);
    await pause();
    key(composer(), { key: 'Enter', code: 'Enter', altKey: true, shiftKey: true });
    await vi.runAllTimersAsync();
    composer().value = DRAFT; // what the editor's undo does
    composer().dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'historyUndo' }));
    await pause();
    expect(shown()).toBe(false);
  });
});

describe('placeholders', () => {
  const TWO_SLOTS = 'I could take [task] off your plate on [day]';
  const WITH_RULE: ChipConfig = {
    ...EN,
    preferences: { ...DEFAULT_PREFERENCES, personalRules: [{ phrase: 'happy to help', suggestions: [TWO_SLOTS] }] },
  };
  const status = () => document.querySelector(CHIP_TAG)?.shadowRoot?.querySelector('[role="status"]')?.textContent;
  const selected = () => composer().value.slice(composer().selectionStart, composer().selectionEnd);
  const tab = () => key(composer(), { key: 'Tab', code: 'Tab' });

  async function acceptFirst(): Promise<void> {
    key(composer(), { key: 'Enter', code: 'Enter', altKey: true, shiftKey: true });
    // The edit waits out the editor's grouping of the last keys, then lands.
    await vi.advanceTimersByTimeAsync(1500);
  }

  it("selects the first, says which, and Tab moves to the next while one is left; then Tab is the page's", async () => {
    mount(WITH_RULE);
    await type('Hi Sam, happy to help. Thanks!');
    await pause();
    await acceptFirst();
    expect(composer().value).toBe(`Hi Sam, ${TWO_SLOTS}. Thanks!`);
    expect(selected()).toBe('[task]');
    expect(status()).toBe('[task] selected: type to fill it in.');

    await type('the report');
    expect(tab().defaultPrevented).toBe(true);
    expect(selected()).toBe('[day]');
    expect(status()).toBe('[day] selected: type to fill it in.');
    // The one selected is not "the next": with no other left, Tab belongs to the page.
    expect(tab().defaultPrevented).toBe(false);
    await type('Friday');
    expect(tab().defaultPrevented).toBe(false);
    await pause();
    expect(composer().value).toBe('Hi Sam, I could take the report off your plate on Friday. Thanks!');
    expect(shown()).toBe(false);
  });

  it('Tab goes back to a placeholder skipped, and leaves placeholders the user typed alone', async () => {
    mount(WITH_RULE);
    await type('[note] Hi Sam, happy to help. Thanks!');
    await pause();
    await acceptFirst();
    expect(tab().defaultPrevented).toBe(true);
    expect(selected()).toBe('[day]');
    expect(tab().defaultPrevented).toBe(true);
    expect(selected()).toBe('[task]');
  });

  it('notes a placeholder left after a pause, quietly, and never stops Enter', async () => {
    mount();
    await type(DRAFT);
    await pause();
    await acceptFirst();
    await pause();
    // Not at once: first the user hears which placeholder is selected.
    expect(shown()).toBe(false);
    expect(status()).toBe('[task] selected: type to fill it in.');
    await vi.advanceTimersByTimeAsync(FILL_IN_AFTER_MS);
    expect(chip()?.textContent).toBe('Fill in [task] before sending');
    expect(chip()?.querySelector('button')).toBeNull();
    expect(status()).toBe('Fill in [task] before sending');
    const enter = key(composer(), { key: 'Enter', code: 'Enter' });
    expect(enter.defaultPrevented).toBe(false);
    // Filled in: the note goes at the next pause.
    composer().setSelectionRange(composer().value.indexOf('[task]'), composer().value.indexOf('[task]') + 6);
    await type('the rota');
    await pause();
    expect(shown()).toBe(false);
  });
});

describe('keyboard', () => {
  it('moves into the chip on Alt+Shift+E, Tab stays inside, Escape dismisses and returns the caret', async () => {
    mount();
    await type(DRAFT);
    await pause();
    composer().setSelectionRange(3, 3);
    key(composer(), { key: 'E', code: 'KeyE', altKey: true, shiftKey: true });
    const shadow = document.querySelector(CHIP_TAG)?.shadowRoot as ShadowRoot;
    expect(shadow.activeElement?.className).toBe('rewrite');

    const buttons = Array.from(chip()?.querySelectorAll<HTMLButtonElement>('button:not([hidden])') ?? []);
    (buttons.at(-1) as HTMLButtonElement).focus();
    key(shadow.activeElement as Element, { key: 'Tab', code: 'Tab' });
    expect(shadow.activeElement).toBe(buttons[0]);

    key(shadow.activeElement as Element, { key: 'Escape', code: 'Escape' });
    expect(shown()).toBe(false);
    expect(document.activeElement).toBe(composer());
    expect(composer().selectionStart).toBe(3);
  });

  it('lets Enter, Shift+Enter and other keys through to the page', async () => {
    mount();
    await type(DRAFT);
    await pause();
    for (const init of [
      { key: 'Enter', code: 'Enter' },
      { key: 'Enter', code: 'Enter', shiftKey: true },
      { key: 'Enter', code: 'Enter', ctrlKey: true },
      { key: 'k', code: 'KeyK', ctrlKey: true },
      { key: 'ArrowUp', code: 'ArrowUp', altKey: true, shiftKey: true },
    ]) {
      expect(key(composer(), init).defaultPrevented, JSON.stringify(init)).toBe(false);
    }
  });

  it('leaves Alt+Shift+Enter to the page when there is no chip', async () => {
    mount();
    await type('Hello');
    await pause();
    expect(key(composer(), { key: 'Enter', code: 'Enter', altKey: true, shiftKey: true }).defaultPrevented).toBe(false);
  });
});

describe('no nagging', () => {
  it('a dismissed phrase does not come back in the same draft, but does in the next one', async () => {
    mount();
    await type(DRAFT);
    await pause();
    userClick(buttonNamed('Dismiss'));
    expect(shown()).toBe(false);
    await type(' See you');
    await pause();
    expect(shown()).toBe(false);

    // Sent: the app empties the composer after Enter.
    key(composer(), { key: 'Enter', code: 'Enter' });
    composer().value = '';
    await vi.advanceTimersByTimeAsync(1);
    await type(OFFER);
    await pause();
    expect(shown()).toBe(true);
  });

  it('a new draft typed into a composer the app emptied without Enter (a Send button) gets the chip again', async () => {
    mount();
    await type(DRAFT);
    await pause();
    userClick(buttonNamed('Dismiss'));
    // The app sends on its button and empties the composer; no key, no input event.
    composer().value = '';
    // The user starts the next message before any pause.
    await type(DRAFT);
    await pause();
    expect(shown()).toBe(true);
  });

  it('goes as soon as the message is sent', async () => {
    mount();
    await type(DRAFT);
    await pause();
    key(composer(), { key: 'Enter', code: 'Enter' });
    composer().value = '';
    await vi.advanceTimersByTimeAsync(1);
    expect(shown()).toBe(false);
  });

  it("\"Don't suggest this again\" asks to silence the rule's words, none of the draft's, and hides the chip", async () => {
    mount();
    // "at all": the model misses a bare "…anything for the funeral" (context.test.ts, issue 13).
    await type(`Hi Sam, so sorry. ${OFFER} at all for the Quokkaberry funeral. Thanks!`);
    await pause();
    userClick(buttonNamed("Don't suggest this again"));
    expect(requests.silence).toHaveBeenCalledWith('vague-offer:let me know if i can do anything');
    expect(shown()).toBe(false);
  });

  it('"Turn off this kind" asks to turn the kind off and hides the chip', async () => {
    mount();
    await type(DRAFT);
    await pause();
    userClick(buttonNamed('Turn off this kind'));
    expect(requests.turnOffKind).toHaveBeenCalledWith('vague-offer');
    expect(shown()).toBe(false);
  });
});

describe('a page script', () => {
  it('cannot use the chip: its clicks and keys through the open shadow root change nothing', async () => {
    mount();
    await type(DRAFT);
    await pause();
    // What a hostile chat page can do: reach the buttons and click each, press our keys.
    for (const button of Array.from(chip()?.querySelectorAll('button') ?? [])) button.click();
    chip()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    const keys = { altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true };
    composer().dispatchEvent(new KeyboardEvent('keydown', { ...keys, key: 'Enter', code: 'Enter' }));
    await vi.runAllTimersAsync();

    expect(requests.silence).not.toHaveBeenCalled();
    expect(requests.turnOffKind).not.toHaveBeenCalled();
    expect(composer().value).toBe(DRAFT);
    expect(shown()).toBe(true);
    expect(buttonNamed('More').getAttribute('aria-expanded')).toBe('false');
  });
});

describe('settings', () => {
  it('applies changed preferences at once', async () => {
    const chip = mount();
    await type(DRAFT);
    await pause();
    chip.configure({ ...EN, preferences: setKindEnabled(DEFAULT_PREFERENCES, 'vague-offer', false) });
    expect(shown()).toBe(false);
  });

  it('speaks the chosen language', async () => {
    const chip = mount();
    await type(DRAFT);
    await pause();
    chip.configure({ ...EN, texts: chipTexts('nl'), locale: 'nl' });
    expect(chip && document.querySelector(CHIP_TAG)?.shadowRoot?.querySelector('.kind')?.textContent).toBe(
      'Vaag aanbod',
    );
    // The rewrites stay in the draft's language.
    expect(document.querySelector(CHIP_TAG)?.shadowRoot?.querySelector('.rewrites')?.getAttribute('lang')).toBe('en');
  });

  it('finds Dutch phrases in a Dutch draft whatever the chip speaks', async () => {
    mount();
    await type('Hoi Sam, laat maar weten als ik iets kan doen!');
    await pause();
    expect(chip()?.dataset.kind).toBe('vague-offer');
    expect(chip()?.querySelector('.why')?.getAttribute('lang')).toBe('nl');
  });
});

describe('focus', () => {
  it('never takes focus by itself, and goes when focus leaves for the page', async () => {
    mount();
    await type(DRAFT);
    await pause();
    expect(document.activeElement).toBe(composer());
    (document.getElementById('other') as HTMLButtonElement).focus();
    expect(document.querySelector(CHIP_TAG)).toBeNull();
  });
});
