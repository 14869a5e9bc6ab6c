import { reminderRules } from '../../../src/settings/reminders';
import { useNow, useSetting } from '../../../src/ui';
import { ReminderSettings } from '../../../src/ui/options/ReminderSettings';
import { useOptions } from '../context';

export function RemindersSection() {
  const { t, locale } = useOptions();
  const now = useNow();
  const rules = useSetting(reminderRules);
  if (!rules) return null;
  return (
    <ReminderSettings
      t={t}
      locale={locale}
      now={now}
      rules={rules}
      onChange={async (next) => {
        const repaired = reminderRules.repair(next);
        await reminderRules.set(repaired);
        return JSON.stringify(repaired) === JSON.stringify(next);
      }}
    />
  );
}
