// The chat tab's stand-in for WXT's ContentScriptContext: a copy of the content script
// stops when a newer copy starts in the same page (after an update), and only then, the
// way WXT's own context does it.
import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from '../../../src/platform/content-script-context';

describe("the chat tab's content script context", () => {
  it('stops an older copy when a newer one starts, and stays on by itself', () => {
    const older = new ContentScriptContext('chat');
    expect(older.signal.aborted).toBe(false);
    const other = new ContentScriptContext('welcome');
    expect(older.signal.aborted).toBe(false);
    const newer = new ContentScriptContext('chat');
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
    expect(other.signal.aborted).toBe(false);
  });
});
