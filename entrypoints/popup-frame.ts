// The popup's first script, a small classic one that popup.html runs before its module:
// it paints the first frame the last popup kept (src/ui/popup/first-frame.ts), so the popup
// is on screen while its module (Preact, the view, the reads) is still loading, asks
// IndexedDB for what Today reads first (src/ui/popup/early-reads.ts), so the answers are
// there when the module wants them, and starts that module after the paint (popup.html only
// names it). No polyfill, no Preact: only localStorage, IndexedDB and the DOM.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askTodayEarly } from '../src/ui/popup/early-reads';
import { paintFirstFrame } from '../src/ui/popup/first-frame';
import { tabOf } from '../src/ui/popup/tab-names';

export default defineUnlistedScript(() => {
  paintFirstFrame(document.getElementById('app'), tabOf(location.hash));
  askTodayEarly(Date.now());
});
