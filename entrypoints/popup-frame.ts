// The popup's first script, a small classic one that popup.html runs before its module:
// it paints the first frame the last popup kept (src/ui/popup/first-frame.ts), so the popup
// is on screen while its module (Preact, the view, the reads) is still loading, and then
// starts that module (popup.html only names it). No polyfill, no Preact: only
// localStorage and the DOM.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintFirstFrame } from '../src/ui/popup/first-frame';
import { tabOf } from '../src/ui/popup/tab-names';

export default defineUnlistedScript(() => {
  paintFirstFrame(document.getElementById('app'), tabOf(location.hash));
});
