// The draft as the user sees it, and the way back from an offset in that text to a place
// in the editor's DOM. Offsets count UTF-16 code units, like JavaScript strings, so the
// coach's matches on `readText()` can be handed straight to `draftRange()`.
//
// Contenteditable editors all render a draft as lines: blocks (<p>, <div>, <li>…) and
// <br>s inside them. The text joins lines with '\n'. Editors also keep markup that is not
// text: a placeholder <br> that keeps an empty line open, zero-width characters that
// hold the caret, a greyed-out placeholder; none of it is part of the draft.

/** Elements that start a new line, the way browsers lay out editable content. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/**
 * Markup inside editors that the user does not read as the draft: Slate draws its
 * placeholder inside the editable; `hidden` and `aria-hidden` parts are not shown text.
 */
const NOT_DRAFT = 'script, style, template, [hidden], [aria-hidden="true"], [data-slate-placeholder]';

/** Zero-width characters editors insert to hold the caret (Slate, Quill, CKEditor 5). */
const CARET_HOLDERS = /[\u200B\u2060\uFEFF]/;

/** A run of characters of one Text node that is part of the draft, at `at` in the draft. */
interface TextRun {
  at: number;
  node: Text;
  /** Where the run starts inside `node`. */
  offset: number;
  length: number;
}

/** A DOM position for a draft offset that no text run holds: an empty line, beside a <br>. */
interface Anchor {
  at: number;
  node: Node;
  offset: number;
}

/** The draft's text with the DOM positions its offsets came from. */
interface DraftLayout {
  text: string;
  runs: TextRun[];
  anchors: Anchor[];
}

/** Fields whose value is the draft; everything else is read from its DOM. */
export function isTextField(composer: HTMLElement): composer is HTMLTextAreaElement | HTMLInputElement {
  return composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement;
}

/** The draft as the user sees it: a field's value, or an editor's lines joined by '\n'. */
export function readText(composer: HTMLElement): string {
  return isTextField(composer) ? composer.value : layoutDraft(composer).text;
}

function isBlock(node: Node | null): boolean {
  return node instanceof Element && BLOCK_TAGS.has(node.tagName);
}

/** Source-code indentation between blocks (`<p>a</p>\n  <p>b</p>`), which browsers do not show. */
function isLayoutWhitespace(node: Text): boolean {
  return /^\s*\n\s*$/.test(node.data) && (isBlock(node.previousSibling) || isBlock(node.nextSibling));
}

function hasDraftText(node: Text): boolean {
  for (const char of node.data) if (!CARET_HOLDERS.test(char)) return true;
  return false;
}

/** Whether anything after `node`, up to the end of its line, would show on that line. */
function lineContinuesAfter(node: Node, root: Node): boolean {
  for (let current: Node = node; current !== root && !isBlock(current); ) {
    for (let next = current.nextSibling; next; next = next.nextSibling) {
      if (isBlock(next)) return false;
      if (showsOnLine(next)) return true;
    }
    if (!current.parentNode) return false;
    current = current.parentNode;
  }
  return false;
}

function showsOnLine(node: Node): boolean {
  if (node instanceof Text) return hasDraftText(node) && !isLayoutWhitespace(node);
  if (!(node instanceof Element) || node.matches(NOT_DRAFT)) return false;
  if (node.tagName === 'BR') return true;
  return Array.from(node.childNodes).some(showsOnLine);
}

/**
 * Walks the editor's DOM once and records the draft text with, for every character, the
 * DOM position it came from. Rules, in the order browsers render them:
 * - a block element ends the line before it and the line in it;
 * - a <br> ends its line, unless nothing follows it on that line: then it is the
 *   placeholder editors put in empty or trailing lines and adds no text;
 * - text adds its characters, without the zero-width caret holders.
 */
function layoutDraft(root: HTMLElement): DraftLayout {
  const layout: DraftLayout = { text: '', runs: [], anchors: [] };
  let lineOpen = false;
  let lines = 0;

  const startLine = (node: Node, offset: number) => {
    if (lines > 0) layout.text += '\n';
    lines += 1;
    lineOpen = true;
    layout.anchors.push({ at: layout.text.length, node, offset });
  };

  const addText = (node: Text) => {
    if (isLayoutWhitespace(node)) return;
    let runStart = -1;
    const flush = (end: number) => {
      if (runStart < 0) return;
      if (!lineOpen) startLine(node, runStart);
      // Non-breaking spaces are how editors keep runs of spaces visible; the user reads a space.
      const chars = node.data.slice(runStart, end).replace(/\u00A0/g, ' ');
      layout.runs.push({ at: layout.text.length, node, offset: runStart, length: chars.length });
      layout.text += chars;
      runStart = -1;
    };
    for (let index = 0; index < node.data.length; index += 1) {
      if (CARET_HOLDERS.test(node.data.charAt(index))) flush(index);
      else if (runStart < 0) runStart = index;
    }
    flush(node.data.length);
  };

  const addBreak = (br: Element) => {
    const parent = br.parentNode;
    if (!parent) return;
    const index = Array.prototype.indexOf.call(parent.childNodes, br);
    if (!lineContinuesAfter(br, root)) {
      // The placeholder <br> of an empty line: the line exists, but adds no text.
      if (!lineOpen) startLine(parent, index);
      return;
    }
    if (!lineOpen) startLine(parent, index);
    layout.anchors.push({ at: layout.text.length, node: parent, offset: index });
    lineOpen = false;
  };

  const visit = (node: Node) => {
    if (node instanceof Text) return addText(node);
    if (!(node instanceof Element) || node.matches(NOT_DRAFT)) return;
    if (node.tagName === 'BR') return addBreak(node);
    const block = isBlock(node);
    if (block) lineOpen = false;
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) lineOpen = false;
  };

  for (const child of Array.from(root.childNodes)) visit(child);
  return layout;
}

/** Which character a boundary belongs to when it falls between two DOM places. */
type Lean = 'forward' | 'backward';

function domPosition(layout: DraftLayout, root: Node, at: number, lean: Lean): { node: Node; offset: number } {
  const touching = layout.runs.filter((run) => run.at <= at && at <= run.at + run.length);
  // A start belongs with the text after it, an end with the text before it, so a range
  // never reaches into a neighbouring formatting element it does not need.
  const run =
    lean === 'forward'
      ? (touching.find((candidate) => at < candidate.at + candidate.length) ?? touching.at(-1))
      : (touching.findLast((candidate) => at > candidate.at) ?? touching[0]);
  if (run) return { node: run.node, offset: run.offset + (at - run.at) };
  const anchors = layout.anchors.filter((anchor) => anchor.at === at);
  const anchor = lean === 'forward' ? anchors.at(-1) : anchors[0];
  if (anchor) return { node: anchor.node, offset: anchor.offset };
  return at === 0 ? { node: root, offset: 0 } : { node: root, offset: root.childNodes.length };
}

/**
 * The DOM Range of the draft's characters [start, end) in a contenteditable composer, or
 * null when the offsets are outside the draft.
 */
export function draftRange(root: HTMLElement, start: number, end: number): Range | null {
  const layout = layoutDraft(root);
  if (start < 0 || end < start || end > layout.text.length) return null;
  const from = domPosition(layout, root, start, 'forward');
  const to = start === end ? from : domPosition(layout, root, end, 'backward');
  const range = root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The draft offset of a DOM position inside the composer, such as the caret: the number of
 * draft characters before it.
 */
export function draftOffset(root: HTMLElement, node: Node, offset: number): number {
  const layout = layoutDraft(root);
  const point = root.ownerDocument.createRange();
  point.setStart(node, offset);
  let at = 0;
  for (const run of layout.runs) {
    if (run.node === node && offset >= run.offset && offset <= run.offset + run.length) {
      return run.at + (offset - run.offset);
    }
    // The run ends at or before the point (comparePoint: -1 before, 0 at).
    if (point.comparePoint(run.node, run.offset + run.length) <= 0) at = Math.max(at, run.at + run.length);
  }
  for (const anchor of layout.anchors) {
    if (point.comparePoint(anchor.node, anchor.offset) <= 0) at = Math.max(at, anchor.at);
  }
  return at;
}
