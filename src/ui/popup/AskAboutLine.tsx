// The open "ask about" items for one person, on one line.
import type { Locale, Translate } from '../../i18n';
import { formatDay } from '../../i18n/dates';
import { type AskAbout, localDay } from '../../people';

interface AskAboutLineProps {
  t: Translate;
  locale: Locale;
  items: readonly AskAbout[];
}

/** "Ask about: moving house · surgery (12 March 2026)"; nothing when there is nothing open. */
export function AskAboutLine({ t, locale, items }: AskAboutLineProps) {
  if (items.length === 0) return null;
  const texts = items.map((item) =>
    item.date === undefined ? item.text : t('popupAskAboutOn', [item.text, formatDay(localDay(item.date), locale)]),
  );
  return (
    <p class="ask-about">
      <span class="label">{t('popupAskAboutLabel')}:</span> {texts.join(' · ')}
    </p>
  );
}
