// The worker's one queue for changes to what Echt stores about reminders and calendars:
// reminder wake-ups, the user's choices on a notification, calendars written after a
// refresh or removed, and a restore or "delete everything". Each runs after the one before,
// so none of them decides on, or writes over, what another is changing.
import { serialQueue } from '../platform';

export const inOrder = serialQueue((error: unknown) => console.error('Echt:', error));
