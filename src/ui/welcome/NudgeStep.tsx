// The welcome page's test notification: shown on request, then what to do if it did not
// appear or the browser blocks it, and that the toolbar icon shows due check-ins anyway.
import { useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../../i18n';
import type { TestNotificationResult } from '../../platform';

const OUTCOMES: Record<TestNotificationResult, MessageKey> = {
  shown: 'welcomeNudgeShown',
  blocked: 'welcomeNudgeBlocked',
  failed: 'welcomeNudgeFailed',
};

export interface NudgeStepProps {
  t: Translate;
  onTest: () => Promise<TestNotificationResult>;
}

export function NudgeStep({ t, onTest }: NudgeStepProps) {
  const [result, setResult] = useState<TestNotificationResult | null>(null);
  return (
    <>
      <p>{t('welcomeNudgeIntro')}</p>
      <button type="button" onClick={() => void onTest().then(setResult)}>
        {t('welcomeNudgeButton')}
      </button>
      <p role="status" class={result === 'shown' || result === null ? 'nudge-result' : 'nudge-result problem'}>
        {result ? t(OUTCOMES[result]) : ''}
      </p>
      <p class="help">{t('welcomeNudgeBadge')}</p>
    </>
  );
}
