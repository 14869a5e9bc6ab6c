// The chip itself: what kind of phrase, one line on why, the rewrites as buttons (the
// first shown, the others on "More"), and the ways to say no; or a quiet note about a
// placeholder still to fill in. Plain DOM rather than Preact: it is one small card, and
// the content script has a 25 KB budget.

import type { Detection } from '../coach';
import type { ChipHost } from './host';
import { KIND_LABELS } from './kind-labels';
import type { ChipTexts } from './setup';

/** Replaces the phrase with the first rewrite. Chat apps leave Alt+Shift+Enter alone; see INTERNALS.md. */
const ACCEPT_KEYS = 'Alt+Shift+Enter';

interface ChipActions {
  /** Use the rewrite at `index` of the detection shown. */
  accept(index: number): void;
  /** Not now: the chip goes and does not come back for this phrase in this draft. */
  dismiss(): void;
  /** Never suggest anything for this phrase again. */
  silence(): void;
  /** Never suggest this kind again. */
  turnOffKind(): void;
}

interface ChipView {
  show(detection: Detection, texts: ChipTexts, locale: string): void;
  /**
   * Builds and places a card once and takes it away in the same task, so nothing is shown
   * or read out: the first real card then finds its stylesheet, font and code ready.
   */
  rehearse(texts: ChipTexts, locale: string): void;
  /** A line of text and nothing to press, read out once. */
  note(text: string, locale: string): void;
  /** Says `text` to screen readers, without showing anything. */
  announce(text: string): void;
  hide(): void;
  /** Moves focus to the first rewrite. */
  focus(): void;
  /** Whether focus is on one of the chip's buttons. */
  hasFocus(): boolean;
}

/** What a card shows of a detection. */
type Card = Pick<Detection, 'kind' | 'why' | 'suggestions'> & { locale: string };

type Action = 'accept' | 'dismiss' | 'silence' | 'kind-off' | 'more';

/** An element of the card with its class and, where given, its text. */
function part<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function button(doc: Document, action: Action, text: string, className: string): HTMLButtonElement {
  const element = part(doc, 'button', className, text);
  element.type = 'button';
  element.dataset.action = action;
  return element;
}

export function createChipView(host: ChipHost, actions: ChipActions): ChipView {
  const { root, status } = host;
  const doc = root.ownerDocument;
  const shadow = root.getRootNode() as ShadowRoot;
  let more: HTMLButtonElement | null = null;
  let texts: ChipTexts | null = null;

  const buttons = () => Array.from(root.querySelectorAll<HTMLButtonElement>('button:not([hidden])'));

  const toggleMore = () => {
    if (!more || !texts) return;
    const open = more.getAttribute('aria-expanded') !== 'true';
    more.setAttribute('aria-expanded', String(open));
    more.textContent = open ? texts.chipFewer : texts.chipMore;
    for (const rewrite of root.querySelectorAll<HTMLButtonElement>('.rewrite.extra')) rewrite.hidden = !open;
    host.reposition();
  };

  const announce = (text: string) => {
    // A live region speaks when its text changes, so it is emptied first.
    status.textContent = '';
    status.textContent = text;
  };

  const run = (target: EventTarget | null) => {
    const pressed = target instanceof Element ? target.closest('button') : null;
    switch (pressed?.dataset.action) {
      case 'accept':
        return actions.accept(Number(pressed.dataset.index));
      case 'dismiss':
        return actions.dismiss();
      case 'silence':
        return actions.silence();
      case 'kind-off':
        return actions.turnOffKind();
      case 'more':
        return toggleMore();
    }
  };

  // Only the user's own clicks and keys count (a key on a focused button clicks it, trusted
  // too). The shadow root is open, so a page script can reach these buttons and call
  // .click(): such events are not trusted and change nothing.
  root.addEventListener('click', (event) => event.isTrusted && run(event.target));
  // A click must not take focus (and the caret) from the composer.
  root.addEventListener('mousedown', (event) => {
    if (event.target instanceof Element && event.target.closest('button')) event.preventDefault();
  });
  root.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      actions.dismiss();
      return;
    }
    if (event.key !== 'Tab') return;
    // Tab cycles through the chip; Escape is the way back to the composer.
    const all = buttons();
    const at = all.indexOf(shadow.activeElement as HTMLButtonElement);
    const next = all[(at + (event.shiftKey ? all.length - 1 : 1)) % all.length];
    event.preventDefault();
    event.stopPropagation();
    next?.focus();
  });

  const render = (detection: Card, chipTexts: ChipTexts, locale: string) => {
    texts = chipTexts;
    const kind = chipTexts[KIND_LABELS[detection.kind]];
    root.replaceChildren();
    root.dataset.kind = detection.kind;
    root.lang = locale;
    root.setAttribute('role', 'group');
    root.setAttribute('aria-label', `${chipTexts.chipLabel}: ${kind}`);

    const top = part(doc, 'div', 'top');
    const title = part(doc, 'span', 'kind', kind);
    const close = button(doc, 'dismiss', '×', 'x');
    close.setAttribute('aria-label', chipTexts.chipDismiss);
    close.title = chipTexts.chipDismiss;
    top.append(title, close);

    const why = part(doc, 'p', 'why', detection.why);
    why.lang = detection.locale;
    why.title = detection.why;

    const rewrites = part(doc, 'div', 'rewrites');
    rewrites.lang = detection.locale;
    rewrites.setAttribute('role', 'group');
    rewrites.setAttribute('aria-label', chipTexts.chipRewrites);
    detection.suggestions.forEach((suggestion, index) => {
      const rewrite = button(doc, 'accept', suggestion, index === 0 ? 'rewrite' : 'rewrite extra');
      rewrite.dataset.index = String(index);
      if (index === 0) rewrite.setAttribute('aria-keyshortcuts', ACCEPT_KEYS);
      else rewrite.hidden = true;
      rewrites.append(rewrite);
    });

    const foot = part(doc, 'div', 'foot');
    more = null;
    if (detection.suggestions.length > 1) {
      more = button(doc, 'more', chipTexts.chipMore, 'quiet');
      more.setAttribute('aria-expanded', 'false');
      foot.append(more);
    }
    const hint = part(doc, 'span', 'hint', chipTexts.chipShortcutHint);
    hint.setAttribute('aria-hidden', 'true');
    foot.append(
      button(doc, 'silence', chipTexts.chipSilence, 'quiet'),
      button(doc, 'kind-off', chipTexts.chipKindOff, 'quiet'),
      hint,
    );

    root.append(top, why, rewrites, foot);
  };

  const clear = () => {
    root.replaceChildren();
    for (const name of ['data-kind', 'lang', 'role', 'aria-label']) root.removeAttribute(name);
    more = null;
  };

  return {
    show(detection, chipTexts, locale) {
      render(detection, chipTexts, locale);
      announce(chipTexts.chipAnnounce);
    },
    rehearse(chipTexts, locale) {
      // Only into an empty card: never over one the user sees.
      if (root.hasChildNodes()) return;
      const words = [chipTexts.chipRewrites, chipTexts.chipMore];
      render({ kind: 'vague-offer', why: chipTexts.chipAnnounce, locale, suggestions: words }, chipTexts, locale);
      host.reposition();
      clear();
    },
    note(text, locale) {
      root.replaceChildren(part(doc, 'p', 'note', text));
      root.lang = locale;
      more = null;
      announce(text);
    },
    announce,
    hide() {
      clear();
      status.textContent = '';
    },
    focus() {
      root.querySelector<HTMLButtonElement>('.rewrite')?.focus();
    },
    hasFocus: () => shadow.activeElement !== null && root.contains(shadow.activeElement),
  };
}
