import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHAT_MATCHES } from '../../src/composer/sites';
import { resolveLocale, translate } from '../../src/i18n';
import { uiLanguage } from '../../src/platform/runtime';
import { language } from '../../src/settings';
import { mountChipHost } from '../../src/ui/chip-host';

export default defineContentScript({
  matches: [...CHAT_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const locale = resolveLocale(await language.get(), uiLanguage());
    mountChipHost(document, translate(locale, 'chipLabel'), controller.signal);
  },
});
