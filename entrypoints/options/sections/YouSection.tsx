import { selfEmails } from '../../../src/settings';
import { YouSettings } from '../../../src/ui/options/YouSettings';
import { useSetting } from '../../../src/ui/use-setting';
import { useOptions } from '../context';

export function YouSection() {
  const { t } = useOptions();
  const emails = useSetting(selfEmails);
  if (!emails) return null;
  return <YouSettings t={t} emails={emails} onSave={(value) => selfEmails.set(selfEmails.repair(value))} />;
}
