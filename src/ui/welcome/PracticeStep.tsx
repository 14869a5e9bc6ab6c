// The practice box: a message box on the welcome page itself where the chat chip works as it
// does in a chat app (the page mounts the same chip and coach code; no content script is
// needed), with two example drafts to start from.
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../i18n';

export interface PracticeStepProps {
  t: Translate;
  /** Starts the chip on this page until `signal` aborts (when the step is left). */
  onMount: (signal: AbortSignal) => void;
}

const EXAMPLES = ['welcomePracticeExample1', 'welcomePracticeExample2'] as const;

export function PracticeStep({ t, onMount }: PracticeStepProps) {
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const stop = new AbortController();
    onMount(stop.signal);
    return () => stop.abort();
  }, [onMount]);

  // Typed in the way the user types, so the chip hears it and Ctrl+Z takes it back.
  const start = (text: string) => {
    const field = box.current;
    if (!field) return;
    field.focus();
    field.select();
    if (!document.execCommand('insertText', false, text)) {
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };

  return (
    <>
      <p>{t('welcomePracticeIntro')}</p>
      <fieldset class="examples">
        <legend>{t('welcomePracticeExamples')}</legend>
        {EXAMPLES.map((key) => (
          <button key={key} type="button" class="quiet example" onClick={() => start(t(key))}>
            {t(key)}
          </button>
        ))}
      </fieldset>
      <label for="practice-box">{t('welcomePracticeLabel')}</label>
      <textarea id="practice-box" class="practice-box" rows={4} ref={box} aria-describedby="practice-note" />
      <p id="practice-note" class="help">
        {t('welcomePracticeNote')}
      </p>
    </>
  );
}
