// Underlines the phrase the chip is about, without a single node added to the editor.
// In editors, the CSS Custom Highlight API: the browser paints it over the page's text.
// Its style must be in the composer's own tree, so a composer in a shadow root gets the
// sheet there too. Text fields (<textarea>) cannot be highlighted that way: a mirror of the
// field's text, transparent but for the underline, is laid over it in the chip's shadow
// root, with the field's font, padding, width and scroll, so it wraps and scrolls as the
// field does. It goes as soon as the text changes under it, until the chip looks again.
import { draftRange, isTextField } from '../composer';
import type { ChipHost } from './host';
import { adoptStyle } from './style';

const NAME = 'echt-phrase';
const STYLE = `::highlight(${NAME}) { text-decoration: underline wavy #ea580c; text-decoration-thickness: 1.5px; }`;

/** The field's computed styles that decide where its text wraps and sits. */
const MIRRORED = [
  'direction',
  'font-family',
  'font-feature-settings',
  'font-kerning',
  'font-size',
  'font-stretch',
  'font-style',
  'font-variant',
  'font-variation-settings',
  'font-weight',
  'hyphens',
  'letter-spacing',
  'line-height',
  'overflow-wrap',
  'padding-bottom',
  'padding-left',
  'padding-right',
  'padding-top',
  'tab-size',
  'text-align',
  'text-indent',
  'text-transform',
  'white-space',
  'word-break',
  'word-spacing',
] as const;

interface PhraseHighlight {
  show(composer: HTMLElement, start: number, end: number): void;
  clear(): void;
  /** The draft changed: an underline that cannot follow the text goes. */
  textChanged(): void;
}

type Underline = Omit<PhraseHighlight, 'textChanged'>;

/** The Custom Highlight in editors, or nothing in browsers without the API or its sheet. */
function editorUnderline(doc: Document, signal: AbortSignal): Underline {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (!registry || typeof Highlight === 'undefined' || !adoptStyle(doc, STYLE, signal)) {
    return { show() {}, clear() {} };
  }
  const styled = new WeakSet<Node>([doc]);
  const clear = () => void registry.delete(NAME);
  signal.addEventListener('abort', clear, { once: true });
  return {
    show(composer, start, end) {
      const root = composer.getRootNode();
      if (root instanceof ShadowRoot && !styled.has(root)) {
        styled.add(root);
        adoptStyle(root, STYLE, signal);
      }
      const range = draftRange(composer, start, end);
      if (range) registry.set(NAME, new Highlight(range));
      else clear();
    },
    clear,
  };
}

/**
 * The mirror laid over a text field, in the chip's shadow root. Nothing is built until there
 * is a phrase to underline. While the chip shows, the mirror is kept: a keystroke only takes
 * it out of the page, a look writes only the parts of the text that changed, and the field's
 * style is copied once per field. It is dropped when the chip hides.
 */
function fieldUnderline(host: ChipHost): PhraseHighlight {
  const doc = host.root.ownerDocument;
  let field: HTMLTextAreaElement | HTMLInputElement | null = null;
  let mirror: HTMLElement | null = null;

  const follow = () => {
    if (!field || !mirror?.isConnected) return;
    const rect = field.getBoundingClientRect();
    const style = mirror.style;
    style.left = `${rect.left + field.clientLeft}px`;
    style.top = `${rect.top + field.clientTop}px`;
    style.width = `${field.clientWidth}px`;
    style.height = `${field.clientHeight}px`;
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  };
  host.onReposition(follow);

  const clear = () => {
    mirror?.remove();
    mirror = null;
    field = null;
  };

  return {
    show(composer, start, end) {
      if (!isTextField(composer)) return clear();
      if (!mirror || field !== composer) {
        clear();
        field = composer;
        mirror = doc.createElement('div');
        mirror.className = 'mirror';
        mirror.setAttribute('aria-hidden', 'true');
        const computed = doc.defaultView?.getComputedStyle(composer);
        for (const property of MIRRORED) mirror.style.setProperty(property, computed?.getPropertyValue(property) ?? '');
        const mark = doc.createElement('span');
        mark.className = 'mark';
        // The text before the phrase, the phrase, the text after it.
        mirror.append('', mark, '');
      }
      const text = composer.value;
      // A trailing line break needs a character after it to take up its line, as in the field.
      const parts = [text.slice(0, start), text.slice(start, end), `${text.slice(end)}\u200b`];
      mirror.childNodes.forEach((part, index) => {
        if (part.textContent !== parts[index]) part.textContent = parts[index] ?? '';
      });
      // Below the card: both are fixed, and the later one is drawn on top.
      if (!mirror.isConnected) host.root.before(mirror);
      follow();
    },
    clear,
    // Out of the page at once, kept for the next look.
    textChanged: () => mirror?.remove(),
  };
}

export function createPhraseHighlight(host: ChipHost, signal: AbortSignal): PhraseHighlight {
  const editors = editorUnderline(host.root.ownerDocument, signal);
  const fields = fieldUnderline(host);
  signal.addEventListener('abort', fields.clear, { once: true });
  return {
    show(composer, start, end) {
      if (isTextField(composer)) {
        editors.clear();
        fields.show(composer, start, end);
      } else {
        fields.clear();
        editors.show(composer, start, end);
      }
    },
    clear() {
      editors.clear();
      fields.clear();
    },
    textChanged: fields.textChanged,
  };
}
