import { reminderRules } from '../../../src/settings/reminders';
import { useNow, useSetting } from '../../../src/ui';
import { ReminderSettings } from '../../../src/ui/options';
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
      onChange={async (change) => {
        const stored = await reminderRules.update((current) => ({ ...current, ...change }));
        // The change as given, or mended on the way (a lead of 90 minutes becomes 60).
        return JSON.stringify({ ...stored, ...change }) === JSON.stringify(stored);
      }}
    />
  );
}
