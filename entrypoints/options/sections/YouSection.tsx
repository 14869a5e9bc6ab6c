import { selfEmails } from '../../../src/settings';
import { useSetting } from '../../../src/ui';
import { YouSettings } from '../../../src/ui/options';
import { useOptions } from '../context';

export function YouSection() {
  const { t } = useOptions();
  const emails = useSetting(selfEmails);
  if (!emails) return null;
  return <YouSettings t={t} emails={emails} onSave={(value) => selfEmails.set(selfEmails.repair(value))} />;
}
