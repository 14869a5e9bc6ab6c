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

type Action = 'accept' | 'dismiss' | 'silence' | 'kind-off' | 'more';

function button(doc: Document, action: Action, text: string, className: string): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.className = className;
  element.dataset.action = action;
  element.textContent = text;
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

  return {
    show(detection, chipTexts, locale) {
      texts = chipTexts;
      const kind = chipTexts[KIND_LABELS[detection.kind]];
      root.replaceChildren();
      root.dataset.kind = detection.kind;
      root.lang = locale;
      root.setAttribute('role', 'group');
      root.setAttribute('aria-label', `${chipTexts.chipLabel}: ${kind}`);

      const top = doc.createElement('div');
      top.className = 'top';
      const title = doc.createElement('span');
      title.className = 'kind';
      title.textContent = kind;
      const close = button(doc, 'dismiss', '×', 'x');
      close.setAttribute('aria-label', chipTexts.chipDismiss);
      close.title = chipTexts.chipDismiss;
      top.append(title, close);

      const why = doc.createElement('p');
      why.className = 'why';
      why.lang = detection.locale;
      why.textContent = detection.why;
      why.title = detection.why;

      const rewrites = doc.createElement('div');
      rewrites.className = 'rewrites';
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

      const foot = doc.createElement('div');
      foot.className = 'foot';
      more = null;
      if (detection.suggestions.length > 1) {
        more = button(doc, 'more', chipTexts.chipMore, 'quiet');
        more.setAttribute('aria-expanded', 'false');
        foot.append(more);
      }
      const hint = doc.createElement('span');
      hint.className = 'hint';
      hint.setAttribute('aria-hidden', 'true');
      hint.textContent = chipTexts.chipShortcutHint;
      foot.append(
        button(doc, 'silence', chipTexts.chipSilence, 'quiet'),
        button(doc, 'kind-off', chipTexts.chipKindOff, 'quiet'),
        hint,
      );

      root.append(top, why, rewrites, foot);
      announce(chipTexts.chipAnnounce);
    },
    note(text, locale) {
      const line = doc.createElement('p');
      line.className = 'note';
      line.textContent = text;
      root.replaceChildren(line);
      root.lang = locale;
      more = null;
      announce(text);
    },
    announce,
    hide() {
      root.replaceChildren();
      for (const name of ['data-kind', 'lang', 'role', 'aria-label']) root.removeAttribute(name);
      status.textContent = '';
      more = null;
    },
    focus() {
      root.querySelector<HTMLButtonElement>('.rewrite')?.focus();
    },
    hasFocus: () => shadow.activeElement !== null && root.contains(shadow.activeElement),
  };
}
