// The chip's look, inside its shadow root: a small card above the composer's right edge
// (below it when the composer is at the top of the window). Colours follow the system's
// light or dark scheme; nothing here reaches the page. The background sends it to the
// chip with chipSetup (setup.ts), so the content script does not carry it.
export const CHIP_STYLE = `
:host { contain: layout style; }
.chip {
  position: absolute; right: 4px; bottom: 6px; box-sizing: border-box;
  width: max-content; max-width: min(24rem, calc(var(--echt-x, 100vw) - 8px));
  padding: 8px 10px; border: 1px solid #d6d3d1; border-radius: 10px;
  background: #fffdf8; color: #1c1917; box-shadow: 0 4px 14px rgb(0 0 0 / 0.14);
  font: 13px/1.35 system-ui, -apple-system, 'Segoe UI', sans-serif; text-align: left;
}
.chip[data-side='below'] { bottom: auto; top: calc(var(--echt-h, 0px) + 6px); }
.chip:empty { display: none; }
.top { display: flex; align-items: center; gap: 8px; }
.kind { flex: 1; font-weight: 600; color: #9a3412; }
.why { margin: 2px 0 6px; color: #57534e; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
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
@media (prefers-color-scheme: dark) {
  .chip { background: #292524; color: #f5f5f4; border-color: #57534e; }
  .kind { color: #fdba74; }
  .why, .quiet, .x, .hint { color: #d6d3d1; }
  .rewrite { background: #1c1917; border-color: #78716c; }
  .rewrite:hover { background: #431407; border-color: #fdba74; }
}
`;
