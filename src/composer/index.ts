// Editors in the page, and nothing of the chip: which focused element is a message composer
// (detect.ts) and following focus between composers (watch.ts); the draft as the user sees
// it, with offsets into it (text.ts); the caret (caret.ts); and replacing a range through
// the editor's own input path (replace.ts), so that the editor's own undo takes back exactly
// that edit, with the caret where it was (undo.ts). src/chip uses
// it in every chat tab, where entrypoints/chat.content/index.ts runs the chip.
export { type DraftSelection, draftSelection, placeSelection } from './caret';
export { replaceRange } from './replace';
export { draftRange, isTextField, readText } from './text';
export { composedTarget, followComposers } from './watch';
