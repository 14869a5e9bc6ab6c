import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHAT_MATCHES, type ChipIO, startChip } from '../../src/chip';
import { onStoredChange, sendMessage } from '../../src/platform';

export default defineContentScript({
  matches: [...CHAT_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const io: ChipIO = {
      setup: (url) => sendMessage('chipSetup', { url }),
      knowledge: (locale) => sendMessage('coachKnowledge', { locale }),
      onChange: onStoredChange,
      silence: (key) => sendMessage('silencePhrase', { key }),
      setKindEnabled: (kind, enabled) => sendMessage('setKindEnabled', { kind, enabled }),
    };
    // Without an answer from the background (the extension is being updated), the page is left as it is.
    startChip(document, io, ctx.signal).catch(() => undefined);
  },
});
