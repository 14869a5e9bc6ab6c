// The chip's behaviour beside the composer the user writes in. While they type: nothing
// but restarting a timer. After a pause: read the draft, ask the coach, and show the
// first detection not dismissed (or nothing). Accepting reads the draft again, so the
// offsets fit the text as it is now, and replaces through the editor's own input path.
// A rewrite with placeholders ("[task]") has its first one selected, so typing fills it
// in; Tab moves to the next one while one is left, and after a pause the chip notes one
// still in the draft. Enter, Shift+Enter, IME composition and the page's shortcuts are
// never touched; the chip takes focus only when asked to (Alt+Shift+E), and the page gets
// it back after.
import { phraseKey } from '../coach/fold';
import type { CoachPreferences, Detection, Kind } from '../coach/types';
import {
  composedTarget,
  type DraftSelection,
  draftSelection,
  placeSelection,
  readText,
  replaceRange,
} from '../composer';
import { type ChipCoach, whenIdle } from './coach';
import { createPhraseHighlight } from './highlight';
import { mountChipHost } from './host';
import { contained, MEASURE } from './measure';
import { nextSlot, type Slot, slotsIn, slotsLeft } from './placeholders';
import type { ChipTexts } from './setup';
import { createChipView } from './view';

/** How long the user pauses before the chip looks at the draft. */
export const PAUSE_MS = 400;
/**
 * How long after an accept a placeholder left is noted at the earliest: the user first
 * hears which one is selected and starts to fill it in, and a note right away would
 * speak over that.
 */
export const FILL_IN_AFTER_MS = 3000;

export interface ChipConfig {
  texts: ChipTexts;
  /** The chip's stylesheet. */
  style: string;
  /** The language of `texts`. */
  locale: string;
  preferences: CoachPreferences;
}

/** What the chip asks of the rest of Echt: the coach's reading, and remembered choices stored by the background. */
export interface ChipRequests {
  coach: ChipCoach;
  /** A detection's key: the rule's own words, never the draft's. */
  silence(key: string): void;
  turnOffKind(kind: Kind): void;
}

export interface Chip {
  /** New texts or preferences (the user changed a setting): applied to the chip at once. */
  configure(config: ChipConfig): void;
  /** The coach can read more than before: the draft is looked at again after a pause. */
  refresh(): void;
}

/** A detection's identity within a draft: offsets move as the user types, the phrase stays. */
function keyOf(detection: Detection): string {
  return `${detection.kind}\n${phraseKey(detection.phrase)}`;
}

/**
 * Whether the composer holds no draft. Only a short one can: placeholders and caret holders
 * are a few characters, so a long draft is not laid out on every key to find that out.
 */
function isEmpty(composer: HTMLElement): boolean {
  return (composer.textContent?.length ?? 0) <= 200 && readText(composer).trim() === '';
}

export function mountChip(doc: Document, initial: ChipConfig, requests: ChipRequests, signal: AbortSignal): Chip {
  let config = initial;
  let composer: HTMLElement | null = null;
  /** Whether the composer is inside a shadow root, where page events name only the shadow host. */
  let shadowed = false;
  let shown: Detection | null = null;
  let shownTexts: ChipTexts | null = null;
  /** The placeholder the chip notes as still to fill in, if that is what it shows. */
  let noted: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let composing = false;
  let accepting = false;
  /** When the user last changed the draft (performance.now()): an accept waits out the editor's undo grouping. */
  let editedAt: number | undefined;
  /** Where the caret was when the user moved into the chip, to put it back on Escape. */
  let returnTo: DraftSelection | null = null;
  /** The placeholders of the last rewrite accepted (at `since`), while one of them may be left in that composer. */
  let filling: { composer: HTMLElement; slots: string[]; since: number } | null = null;
  /** Per composer, the detections the user said no to in the current draft. */
  const dismissed = new WeakMap<HTMLElement, Set<string>>();
  let rehearsed = false;

  const host = mountChipHost(doc, initial.texts.chipLabel, signal, {
    enter(next) {
      if (next !== composer) {
        hide();
        composer = next;
        shadowed = next.getRootNode() !== doc;
        returnTo = null;
      }
      requests.coach.warm();
      schedule();
      // The first card in a page pays for its stylesheet, font and layout: paid here, while idle.
      if (!rehearsed) {
        rehearsed = true;
        whenIdle(() => {
          if (!signal.aborted) contained(MEASURE.rehearse, () => view.rehearse(config.texts, config.locale));
        }, PAUSE_MS);
      }
    },
    leave() {
      clearTimeout(timer);
      hide();
      composer = null;
      composing = false;
    },
  });
  host.setStyle(initial.style);
  const highlight = createPhraseHighlight(host, signal);

  const dismissedIn = (target: HTMLElement): Set<string> => {
    const set = dismissed.get(target) ?? new Set<string>();
    dismissed.set(target, set);
    return set;
  };

  const find = (text: string): Detection[] =>
    requests.coach
      .detect(text, { ...config.preferences, locale: 'auto' })
      .filter((detection) => detection.suggestions.length > 0);

  const backToComposer = () => {
    if (!composer) return;
    if (returnTo) placeSelection(composer, returnTo.start, returnTo.end);
    else composer.focus({ preventScroll: true });
    returnTo = null;
  };

  function hide(): void {
    if (!shown && noted === null) return;
    const hadFocus = view.hasFocus();
    shown = null;
    noted = null;
    view.hide();
    highlight.clear();
    if (hadFocus) backToComposer();
  }

  /** A quiet note that `slot` is still in the draft; no buttons, read out once. */
  const note = (target: HTMLElement, slot: string) => {
    if (noted === slot && shownTexts === config.texts) return host.anchor(target);
    hide();
    noted = slot;
    shownTexts = config.texts;
    view.note(config.texts.chipFillIn.replace('$1', slot), config.locale);
    host.anchor(target);
  };

  /** Says which placeholder is selected (the editor shows it). */
  const announceSlot = (slot: Slot) => view.announce(config.texts.chipSlotSelected.replace('$1', slot.text));

  const show = (target: HTMLElement, detection: Detection) => {
    noted = null;
    const same =
      shown !== null &&
      shownTexts === config.texts &&
      keyOf(shown) === keyOf(detection) &&
      shown.suggestions.join('\n') === detection.suggestions.join('\n');
    shown = detection;
    // The same detection stays as it is, with "More" open or focus inside.
    if (!same) {
      shownTexts = config.texts;
      view.show(detection, config.texts, config.locale);
    }
    host.anchor(target);
    highlight.show(target, detection.start, detection.end);
  };

  /** After the pause: what the draft holds now decides what the chip shows. */
  const evaluate = () => {
    timer = undefined;
    if (!composer || composing || accepting) return;
    const text = readText(composer);
    if (text.trim() === '') {
      // Sent or cleared: a new draft starts with nothing dismissed and nothing to fill in.
      dismissed.delete(composer);
      if (filling?.composer === composer) filling = null;
      return hide();
    }
    if (filling?.composer === composer) {
      const [left] = slotsLeft(text, filling.slots);
      const early = filling.since + FILL_IN_AFTER_MS - performance.now();
      if (left && early > 0) return schedule(early);
      if (left) return note(composer, left.text);
      filling = null;
    }
    const skip = dismissed.get(composer);
    const next = find(text).find((detection) => !skip?.has(keyOf(detection)));
    if (next) show(composer, next);
    else hide();
  };

  function schedule(wait = PAUSE_MS): void {
    clearTimeout(timer);
    timer = setTimeout(() => contained(MEASURE.detect, evaluate), wait);
  }

  const say = (no: (detection: Detection) => void) => () => {
    if (!shown || !composer) return;
    no(shown);
    dismissedIn(composer).add(keyOf(shown));
    hide();
  };

  const accept = async (index: number) => {
    const target = shown;
    const current = composer;
    if (!target || !current || composing || accepting) return;
    // The draft may have changed since the chip appeared: find the phrase in it again.
    const again = find(readText(current))
      .filter((detection) => keyOf(detection) === keyOf(target))
      .sort((a, b) => Math.abs(a.start - target.start) - Math.abs(b.start - target.start))[0];
    const replacement = again?.suggestions[index] ?? again?.suggestions[0];
    if (!again || replacement === undefined) return hide();
    accepting = true;
    clearTimeout(timer);
    // Undone with Ctrl+Z, the phrase is back as the user wants it: no chip for it again.
    dismissedIn(current).add(keyOf(again));
    if (view.hasFocus()) current.focus({ preventScroll: true });
    returnTo = null;
    hide();
    const slots = slotsIn(replacement);
    const [first] = slots;
    try {
      // Leaves focus in the composer with the first placeholder selected, or the caret after the new text.
      const landed = await replaceRange(current, again.start, again.end, replacement, {
        editedAt,
        select: first,
        signal,
      });
      if (landed && first) {
        filling = { composer: current, slots: slots.map((slot) => slot.text), since: performance.now() };
        announceSlot(first);
      }
    } finally {
      accepting = false;
    }
  };

  /** Tab from a placeholder of the last rewrite to the next one; false when Tab is the page's. */
  const tabToSlot = (target: HTMLElement): boolean => {
    if (filling?.composer !== target) return false;
    const left = slotsLeft(readText(target), filling.slots);
    if (left.length === 0) filling = null;
    const next = nextSlot(left, draftSelection(target));
    if (!next) return false;
    placeSelection(target, next.start, next.end);
    announceSlot(next);
    return true;
  };

  const view = createChipView(host, {
    accept: (index) => void accept(index).catch(() => undefined),
    dismiss: say(() => undefined),
    silence: say((detection) => requests.silence(detection.key)),
    turnOffKind: say((detection) => requests.turnOffKind(detection.kind)),
  });

  /** Whether a page event comes from inside the composer (a shadow root's events are read from their path). */
  const inComposer = (event: Event): boolean => {
    const target = shadowed ? composedTarget(event) : event.target;
    return composer !== null && target instanceof Node && composer.contains(target);
  };

  // Typing into an empty composer starts a new draft, however the app emptied it (a Send
  // button, a send that clears after a round trip): what was said no to was for the last one.
  doc.addEventListener(
    'beforeinput',
    (event) =>
      contained(MEASURE.keystroke, () => {
        if (!composer || !inComposer(event) || !isEmpty(composer)) return;
        dismissed.delete(composer);
        if (filling?.composer === composer) filling = null;
      }),
    { capture: true, signal },
  );
  doc.addEventListener(
    'input',
    (event) =>
      contained(MEASURE.keystroke, () => {
        if (!inComposer(event) || (event as InputEvent).isComposing) return;
        editedAt = performance.now();
        highlight.textChanged();
        schedule();
      }),
    { capture: true, signal },
  );
  doc.addEventListener(
    'compositionstart',
    (event) =>
      contained(MEASURE.keystroke, () => {
        if (!inComposer(event)) return;
        composing = true;
        clearTimeout(timer);
      }),
    { capture: true, signal },
  );
  doc.addEventListener(
    'compositionend',
    (event) =>
      contained(MEASURE.keystroke, () => {
        if (!inComposer(event)) return;
        composing = false;
        schedule();
      }),
    { capture: true, signal },
  );

  const onKey = (event: KeyboardEvent) => {
    // A key a page script dispatches is not the user's: it never accepts a rewrite.
    if (!composer || !event.isTrusted || event.isComposing || event.keyCode === 229) return;
    const fromComposer = inComposer(event);
    if (!fromComposer && !host.contains(event.target)) return;
    if (shown && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
      const ours = event.code === 'Enter' || event.code === 'NumpadEnter' || (event.code === 'KeyE' && fromComposer);
      if (ours) {
        // Ours alone: the editor must not also see it (Shift+Enter would add a line).
        event.preventDefault();
        event.stopImmediatePropagation();
        if (event.code === 'KeyE') {
          returnTo = draftSelection(composer);
          view.focus();
        } else void accept(0).catch(() => undefined);
        return;
      }
    }
    const plain = !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
    if (fromComposer && event.key === 'Tab' && plain && tabToSlot(composer)) {
      // Ours alone while a placeholder is left: the page would move focus on.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    // Enter may have sent the message; the app empties the composer in its own handler.
    if (fromComposer && event.key === 'Enter' && !event.shiftKey) {
      setTimeout(
        () =>
          contained(MEASURE.keystroke, () => {
            if (composer && readText(composer).trim() === '') evaluate();
          }),
        0,
      );
    }
  };
  // The window's capture phase comes before the editor's own key handling.
  doc.defaultView?.addEventListener('keydown', (event) => contained(MEASURE.keystroke, () => onKey(event)), {
    capture: true,
    signal,
  });

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      view.hide();
    },
    { once: true },
  );

  return {
    configure(next) {
      config = next;
      host.setLabel(next.texts.chipLabel);
      host.setStyle(next.style);
      if (composer) contained(MEASURE.detect, evaluate);
    },
    refresh() {
      // After a pause, as any look: the user may be typing.
      if (composer) schedule();
    },
  };
}
