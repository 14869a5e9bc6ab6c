// Underlines the phrase the chip is about with the CSS Custom Highlight API: the browser
// paints it over the page's text without a single node added to the editor. Text fields
// (<textarea>) cannot be highlighted this way and get no underline; neither do browsers
// without the API.
import { draftRange } from '../composer';

const NAME = 'echt-phrase';
const STYLE = `::highlight(${NAME}) { text-decoration: underline wavy #ea580c; text-decoration-thickness: 1.5px; }`;

interface PhraseHighlight {
  show(composer: HTMLElement, start: number, end: number): void;
  clear(): void;
}

/** Adds the highlight's style to the document (no element: a constructed sheet) until `signal` aborts. */
function adoptStyle(doc: Document, signal: AbortSignal): boolean {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc)) return false;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(STYLE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    signal.addEventListener(
      'abort',
      () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      },
      { once: true },
    );
    return true;
  } catch {
    // Some browsers refuse sheets made by an extension's script; the chip works without.
    return false;
  }
}

export function createPhraseHighlight(doc: Document, signal: AbortSignal): PhraseHighlight {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (!registry || typeof Highlight === 'undefined' || !adoptStyle(doc, signal)) {
    return { show() {}, clear() {} };
  }
  const clear = () => void registry.delete(NAME);
  signal.addEventListener('abort', clear, { once: true });
  return {
    show(composer, start, end) {
      const range = composer.isContentEditable ? draftRange(composer, start, end) : null;
      if (range) registry.set(NAME, new Highlight(range));
      else clear();
    },
    clear,
  };
}
