import { describe, expect, it } from 'vitest';
import { draftOffset, draftRange, readText } from '../../../src/composer/text';

const FILLER = '\u2060'.repeat(7);

/** Markup as each editor renders a draft, copied from the fixture pages in Chromium. */
const EDITORS: [name: string, html: string, text: string][] = [
  ['plain text', 'Hi Sam, how are you?', 'Hi Sam, how are you?'],
  [
    'plain lines (Enter)',
    'Hi Sam,<div>let me know</div><div><br></div><div>Thanks</div>',
    'Hi Sam,\nlet me know\n\nThanks',
  ],
  ['plain breaks (Shift+Enter)', 'Hi Sam,<br>let me know', 'Hi Sam,\nlet me know'],
  ['a trailing placeholder break', 'Hi Sam<br>', 'Hi Sam'],
  ['an empty last line', 'Hi Sam<br><br>', 'Hi Sam\n'],
  ['Quill', '<p>Hi Sam,</p><p><br></p><p>let me know</p>', 'Hi Sam,\n\nlet me know'],
  ['ProseMirror', '<p>Hi Sam,<br>let me know<br><br class="ProseMirror-trailingBreak"></p>', 'Hi Sam,\nlet me know\n'],
  [
    'Lexical',
    '<p dir="auto"><span data-lexical-text="true">Hi Sam,</span><br><span data-lexical-text="true">let me know</span></p>',
    'Hi Sam,\nlet me know',
  ],
  [
    'Slate',
    '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Hi Sam,</span></span></span></div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">let me know</span></span></span></div>',
    'Hi Sam,\n\nlet me know',
  ],
  [
    'Slate while empty',
    '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-placeholder="true" contenteditable="false">Write a message</span><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>',
    '',
  ],
  [
    'Draft.js',
    '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Hi Sam,</span></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">let me know</span></span></div></div></div>',
    'Hi Sam,\n\nlet me know',
  ],
  ['CKEditor 5', `<p>Hi Sam,<br>${FILLER}let me know</p><p><br data-cke-filler="true"></p>`, 'Hi Sam,\nlet me know\n'],
  [
    'nested marks and emoji',
    '<p>Hi <b>S<i>a</i>m</b> 👋🏽, <a href="#">let</a> me know</p>',
    'Hi Sam 👋🏽, let me know',
  ],
  ['kept spaces', 'Hi&nbsp; Sam&nbsp;', 'Hi  Sam '],
  ['a list', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
  ['source indentation', '\n  <p>Hi Sam,</p>\n  <p>let me know</p>\n', 'Hi Sam,\nlet me know'],
];

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="editor" contenteditable="true">${html}</div>`;
  const element = document.getElementById('editor');
  if (!element) throw new Error('no editor');
  return element;
}

/**
 * What Range.toString() shows for draft text: text nodes only, with the editors' caret
 * holders and the source's indentation between blocks.
 */
function rangeText(range: Range): string {
  return range
    .toString()
    .replace(/[\u200B\u2060\uFEFF]|\n\s*/g, '')
    .replace(/\u00A0/g, ' ');
}

describe('readText', () => {
  it('reads a textarea as its value', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    field.value = 'Hi Sam,\nlet me know';
    expect(readText(field)).toBe('Hi Sam,\nlet me know');
  });

  it.each(EDITORS)('reads %s as the user sees it', (_name, html, text) => {
    expect(readText(editor(html))).toBe(text);
  });
});

describe('draftRange', () => {
  it.each(EDITORS)('maps every span of %s back to the DOM text it came from', (_name, html, text) => {
    const root = editor(html);
    for (let start = 0; start <= text.length; start += 1) {
      for (let end = start; end <= text.length; end += 1) {
        const range = draftRange(root, start, end);
        expect(range && rangeText(range), `${start}-${end}`).toBe(text.slice(start, end).replaceAll('\n', ''));
      }
    }
  });

  it.each(EDITORS)('finds every offset of %s again from its DOM position', (_name, html, text) => {
    const root = editor(html);
    for (let at = 0; at <= text.length; at += 1) {
      const range = draftRange(root, at, at);
      expect(range && draftOffset(root, range.startContainer, range.startOffset), `${at}`).toBe(at);
    }
  });

  it('keeps a word inside its own formatting', () => {
    const root = editor('<p>Hi <b>Sam</b>, thanks</p>');
    const range = draftRange(root, 3, 6);
    const word = root.querySelector('b')?.firstChild;
    expect([range?.startContainer, range?.startOffset, range?.endContainer, range?.endOffset]).toEqual([
      word,
      0,
      word,
      3,
    ]);
  });

  it('places an empty line before its placeholder break', () => {
    const root = editor('<p>a</p><p><br></p><p>b</p>');
    const range = draftRange(root, 2, 2);
    expect([range?.startContainer, range?.startOffset]).toEqual([root.children[1], 0]);
  });

  it('counts emoji as JavaScript does, in UTF-16 units', () => {
    const root = editor('<p>👋🏽 let me know</p>');
    const start = '👋🏽 '.length;
    expect(draftRange(root, start, start + 3)?.toString()).toBe('let');
  });

  it('refuses offsets outside the draft', () => {
    const root = editor('<p>Hi</p>');
    expect(draftRange(root, -1, 1)).toBeNull();
    expect(draftRange(root, 1, 3)).toBeNull();
    expect(draftRange(root, 2, 1)).toBeNull();
  });
});
