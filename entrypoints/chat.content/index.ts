import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHAT_MATCHES, type ChipIO, offeredEngine, startChip } from '../../src/chip';
import { onStoredChange, sendMessage } from '../../src/platform';

export default defineContentScript({
  matches: [...CHAT_MATCHES],
  runAt: 'document_idle',
  // Composers in frames too (Google Chat inside Gmail, chat widgets), but only in frames of
  // the matched sites themselves, and in the blank or srcdoc frames such a site writes into:
  // never in a frame of another site embedded in a chat page. (match_origin_as_fallback
  // would also take blob: frames, but Chrome refuses it beside a pattern with a path, such
  // as Google Chat's https://mail.google.com/chat/*.)
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const io: ChipIO = {
      setup: () => sendMessage('chipSetup', null),
      // The background puts the engine into this frame, then it is there to take.
      engine: () => sendMessage('coachEngine', null).then(offeredEngine),
      knowledge: (locale) => sendMessage('coachKnowledge', { locale }),
      onChange: onStoredChange,
      silence: (key) => sendMessage('silencePhrase', { key }),
      setKindEnabled: (kind, enabled) => sendMessage('setKindEnabled', { kind, enabled }),
    };
    // Without an answer from the background (the extension is being updated), the page is left as it is.
    startChip(document, io, ctx.signal).catch(() => undefined);
  },
});
