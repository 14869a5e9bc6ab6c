import { language } from '../../../src/settings';
import { useSetting } from '../../../src/ui';
import { LanguageSettings } from '../../../src/ui/options';
import { useOptions } from '../context';

export function LanguageSection() {
  const { t } = useOptions();
  const choice = useSetting(language);
  if (!choice) return null;
  return <LanguageSettings t={t} language={choice} onLanguageChange={(value) => language.set(value)} />;
}
