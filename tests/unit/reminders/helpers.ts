// Builders for reminder tests, and a stand-in for the background worker that keeps only
// what the real one keeps: the stored state (as JSON) and one alarm.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import {
  DEFAULT_REMINDER_RULES,
  dueReminders,
  EMPTY_REMINDER_STATE,
  failedToShow,
  type MeetingInput,
  nextAlarmTime,
  type PlannedReminder,
  planReminders,
  type ReminderRules,
  type ReminderState,
  repairRules,
  repairState,
} from '../../../src/reminders';

export const AMSTERDAM = 'Europe/Amsterdam';
export const NEW_YORK = 'America/New_York';
export const SYDNEY = 'Australia/Sydney';

/** An instant from an ISO string with its offset, so tests never depend on the machine's zone. */
export function at(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Bad instant in a test: ${iso}`);
  return date;
}

/** How the user would see an instant: 'EEE yyyy-MM-dd HH:mm' on their own wall clock. */
export function local(instant: Date, timeZone: string): string {
  return format(instant, 'EEE yyyy-MM-dd HH:mm', { in: tz(timeZone) });
}

export function rules(overrides: Partial<ReminderRules> = {}): ReminderRules {
  return { ...repairRules(DEFAULT_REMINDER_RULES), ...overrides };
}

/** A one-hour meeting with Sam (and whoever else is named), starting at `start`. */
export function meeting(id: string, start: string, overrides: Partial<MeetingInput> = {}): MeetingInput {
  const begins = at(start);
  return {
    id,
    title: 'Project sync',
    start: begins,
    end: new Date(begins.getTime() + 60 * 60_000),
    others: [{ name: 'Sam', email: 'sam@example.org' }],
    skip: null,
    ...overrides,
  };
}

export function people(count: number): MeetingInput['others'] {
  return Array.from({ length: count }, (_, index) => ({ name: `Colleague ${index + 1}` }));
}

export interface Shown {
  id: string;
  at: Date;
  reminder: PlannedReminder;
}

/**
 * The background as it will be wired: on every wake-up read the stored state, decide,
 * store the new state, then show, then set the single alarm. Storage is JSON, so nothing
 * survives a restart that would not survive the real one.
 */
export class FakeWorker {
  stored: string = JSON.stringify(EMPTY_REMINDER_STATE);
  alarm: Date | null = null;
  readonly shown: Shown[] = [];
  /** Attempts the browser refused (a rejected `notifications.create`), by reminder id. */
  readonly refused: Shown[] = [];
  /** Whether the browser refuses to show this reminder now. */
  refuses: (reminder: PlannedReminder, now: Date) => boolean = () => false;
  /** Notifications blocked altogether: no attempt is made. */
  blocked = false;

  constructor(
    public timeZone: string,
    public meetings: MeetingInput[],
    public rules: ReminderRules,
  ) {}

  get state(): ReminderState {
    return repairState(JSON.parse(this.stored));
  }

  set state(value: ReminderState) {
    this.stored = JSON.stringify(value);
  }

  /** One wake-up at `now`; returns what it showed. */
  wake(now: Date): PlannedReminder[] {
    const decision = dueReminders({
      now,
      timeZone: this.timeZone,
      meetings: this.meetings,
      rules: this.rules,
      state: this.state,
    });
    const before = this.state;
    this.state = decision.state;
    const shown: PlannedReminder[] = [];
    for (const reminder of decision.show) {
      if (this.blocked || this.refuses(reminder, now)) {
        if (!this.blocked) this.refused.push({ id: reminder.id, at: now, reminder });
        const failure = { reminder, countedDay: decision.counted[reminder.id], blocked: this.blocked };
        this.state = failedToShow(this.state, before, failure, now);
      } else {
        this.shown.push({ id: reminder.id, at: now, reminder });
        shown.push(reminder);
      }
    }
    const plan =
      shown.length === decision.show.length
        ? decision.plan
        : planReminders({
            now,
            timeZone: this.timeZone,
            meetings: this.meetings,
            rules: this.rules,
            state: this.state,
          });
    this.alarm = nextAlarmTime(plan);
    return shown;
  }

  /**
   * Lets time run from `from` to `until`: wakes at `from`, then whenever the alarm goes
   * off, `alarmDelayMs` after its time (alarms are never early, sometimes late).
   */
  run(from: Date, until: Date, alarmDelayMs = 0): void {
    this.wake(from);
    for (let steps = 0; steps < 1000; steps++) {
      if (!this.alarm) return;
      const ring = new Date(this.alarm.getTime() + alarmDelayMs);
      if (ring > until) return;
      this.wake(ring);
    }
    throw new Error('The alarm kept ringing: the plan never settles');
  }

  shownLocal(): string[] {
    return this.shown.map((entry) => `${local(entry.at, this.timeZone)} ${entry.id}`);
  }
}
