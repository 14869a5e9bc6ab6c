// From the bytes or text of a feed to iCalendar text, or a clear "this is not a calendar".
import { CalendarError } from './errors';

const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

function isFoldAt(bytes: Uint8Array, index: number): boolean {
  const next = bytes[index];
  return next === SPACE || next === TAB;
}

/**
 * Removes line folds (a line break followed by a space or tab) from raw bytes. This must
 * happen before decoding: a fold may fall inside a multi-byte UTF-8 character.
 */
function unfoldBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let length = 0;
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    if (byte === CR && bytes[index + 1] === LF && isFoldAt(bytes, index + 2)) {
      index += 3;
    } else if (byte === LF && isFoldAt(bytes, index + 1)) {
      index += 2;
    } else {
      out[length++] = byte;
      index += 1;
    }
  }
  return out.subarray(0, length);
}

/** Removes line folds from text (ical.js unfolds by itself; reading line by line needs it done). */
export function unfoldText(text: string): string {
  return text.replace(/\r?\n[ \t]/g, '');
}

/** The text of a feed given as bytes (UTF-8, unfolded first) or as text, without a byte-order mark. */
export function toCalendarText(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  return new TextDecoder('utf-8').decode(unfoldBytes(input));
}

const HTML = /<(!doctype\s+html|html|head|body)\b/i;

/** Throws a CalendarError unless the text holds iCalendar data. */
export function assertCalendarText(text: string): void {
  const start = text.trimStart();
  if (start.length === 0) throw new CalendarError('empty');
  const looksLikeHtml = HTML.test(start.slice(0, 4096));
  if (start.startsWith('<') && looksLikeHtml) throw new CalendarError('html-page');
  if (!/^BEGIN:VCALENDAR\s*$/im.test(text)) throw new CalendarError(looksLikeHtml ? 'html-page' : 'not-a-calendar');
}
