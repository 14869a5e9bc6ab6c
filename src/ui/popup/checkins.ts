// What a check-in from the popup needs: who, and how to find their toggle again.
import type { CheckInHow } from '../../people';
import type { CheckInMark } from './CheckInToggle';

export interface CheckInTarget {
  /** The toggle's key: the same person in two places has two toggles. */
  key: string;
  name: string;
  /** Known person; absent for a calendar attendee not yet in people memory. */
  personId?: string;
  email?: string;
  how: CheckInHow;
}

export interface CheckInActions {
  marks: ReadonlyMap<string, CheckInMark>;
  onCheckIn: (target: CheckInTarget) => void;
  onUndo: (target: CheckInTarget) => void;
}
