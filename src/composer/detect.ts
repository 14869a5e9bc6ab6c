// Which focused element is a message composer. Generic rules first (textarea,
// contenteditable, role=textbox); fields that are not messages are left alone.

const SEARCH_WORDS = /\b(search|zoek|find|filter)/i;

/** Code editors render into contenteditable or textarea too; their text is not a message. */
const CODE_EDITOR = '.cm-editor, .CodeMirror, .monaco-editor, .ace_editor, [data-language], code, pre';

function optedOut(element: Element): boolean {
  return element.closest('[data-echt="off"], [data-gramm="false"]') !== null;
}

function looksLikeSearch(element: Element): boolean {
  if (element.closest('[role="search"], [role="searchbox"], [role="combobox"], form[role="search"]')) return true;
  const hints = ['aria-label', 'placeholder', 'name', 'id', 'type']
    .map((attribute) => element.getAttribute(attribute) ?? '')
    .join(' ');
  return SEARCH_WORDS.test(hints);
}

/** The outermost editable element around `node`: the editor root, not a paragraph inside it. */
function editableRoot(element: HTMLElement): HTMLElement {
  let root = element;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** The composer that `target` belongs to, or null when it is not one Echt should help with. */
export function composerFor(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  let candidate: HTMLElement | null = null;
  if (target instanceof HTMLTextAreaElement) {
    if (!target.readOnly && !target.disabled) candidate = target;
  } else if (target instanceof HTMLElement && target.isContentEditable) {
    candidate = editableRoot(target);
  } else if (
    target instanceof HTMLElement &&
    target.getAttribute('role') === 'textbox' &&
    !(target instanceof HTMLInputElement)
  ) {
    candidate = target;
  }
  if (!candidate) return null;
  if (optedOut(candidate) || looksLikeSearch(candidate) || candidate.closest(CODE_EDITOR)) return null;
  return candidate;
}
