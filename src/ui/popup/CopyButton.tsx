// A button that copies a sentence, and says so for a moment.
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';

interface CopyButtonProps {
  t: Translate;
  text: string;
  /** Copies and announces; resolves false when the clipboard refused. */
  onCopy: (text: string) => Promise<boolean>;
  /** The id of the element showing `text`, so the button's purpose is read with it. */
  describedBy?: string;
}

const SHOW_COPIED_MS = 2000;

/** "Copy", and for a moment "Copied" once it worked. The popup's live region announces it. */
export function CopyButton({ t, text, onCopy, describedBy }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), SHOW_COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new text to copy resets the confirmation.
  useEffect(() => setCopied(false), [text]);

  return (
    <button
      type="button"
      class={copied ? 'copy secondary copied' : 'copy secondary'}
      aria-describedby={describedBy}
      onClick={async () => setCopied(await onCopy(text))}
    >
      {copied ? t('popupCopied') : t('popupCopy')}
    </button>
  );
}
