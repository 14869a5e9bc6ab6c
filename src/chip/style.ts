// The chip's look, inside its shadow root: a small card beside the composer (host.ts places
// it) and the textarea underline; and how a stylesheet gets into a page. Colours follow the
// system's light or dark scheme; nothing here reaches the page's own elements. The
// background sends CHIP_STYLE with chipSetup (setup.ts), so the content script does not
// carry it; the content script uses adoptStyle alone.
export const CHIP_STYLE = `
.chip {
  position: fixed; box-sizing: border-box; overflow: auto; overscroll-behavior: contain;
  width: max-content; max-width: 24rem;
  padding: 8px 10px; border: 1px solid #d6d3d1; border-radius: 10px;
  background: #fffdf8; color: #1c1917; box-shadow: 0 4px 14px rgb(0 0 0 / 0.14);
  font: 13px/1.35 system-ui, -apple-system, 'Segoe UI', sans-serif; text-align: left;
}
.chip:empty { display: none; }
.top { display: flex; align-items: center; gap: 8px; }
.kind { flex: 1; font-weight: 600; color: #9a3412; }
.why { margin: 2px 0 6px; color: #57534e; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.note { margin: 0; color: #57534e; }
.rewrites { display: grid; gap: 4px; }
button { font: inherit; color: inherit; cursor: pointer; border-radius: 6px; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.rewrite { text-align: left; padding: 4px 8px; border: 1px solid #a8a29e; background: #fff; }
.rewrite:hover { border-color: #9a3412; background: #fff7ed; }
.rewrite[hidden] { display: none; }
.quiet, .x { border: 0; background: none; padding: 2px 4px; color: #57534e; }
.quiet { text-decoration: underline; font-size: 12px; }
.x { font-size: 16px; line-height: 1; }
.foot { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 8px; margin-top: 6px; }
.hint { margin-left: auto; font-size: 11px; color: #78716c; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.mirror {
  position: fixed; box-sizing: border-box; overflow: hidden; pointer-events: none; margin: 0; border: 0;
  color: transparent; background: none; white-space: pre-wrap; overflow-wrap: break-word;
}
.mark { text-decoration: underline wavy #ea580c; text-decoration-thickness: 1.5px; text-decoration-skip-ink: none; }
@media (prefers-color-scheme: dark) {
  .chip { background: #292524; color: #f5f5f4; border-color: #57534e; }
  .kind { color: #fdba74; }
  .why, .note, .quiet, .x, .hint { color: #d6d3d1; }
  .rewrite { background: #1c1917; border-color: #78716c; }
  .rewrite:hover { background: #431407; border-color: #fdba74; }
}
`;

/**
 * Adds `css` to `root` until `signal` aborts. A constructed stylesheet first: no element,
 * and allowed by a Content-Security-Policy without 'unsafe-inline'. Where the browser
 * refuses a sheet made by an extension's script (Firefox's content scripts may), a
 * <style> element in the root instead. Returns false when neither could be added.
 */
export function adoptStyle(root: Document | ShadowRoot, css: string, signal: AbortSignal): boolean {
  const doc = root instanceof Document ? root : root.ownerDocument;
  const view = doc.defaultView;
  try {
    if (!view) throw new Error('no window');
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    signal.addEventListener(
      'abort',
      () => {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      },
      { once: true },
    );
    return true;
  } catch {
    if (root instanceof Document) return false;
    const style = doc.createElement('style');
    style.textContent = css;
    root.prepend(style);
    signal.addEventListener('abort', () => style.remove(), { once: true });
    return true;
  }
}
