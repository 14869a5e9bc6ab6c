// "I checked in" from the popup: one click logs it (adding a calendar attendee to people
// memory first when needed); a second click on the same toggle takes it back. Toggles for
// people already checked in with today start pressed, so reopening the popup never invites
// logging the same check-in twice.
import { useRef, useState } from 'preact/hooks';
import { addPersonFromAttendee, type CheckInRef, logCheckIn, removeCheckIn } from '../../src/people';
import type { CheckInActions, CheckInMark, CheckInTarget } from '../../src/ui/popup';

export interface CheckInEvents {
  /** After a check-in was logged or taken back: counts and suggestions changed. */
  changed: () => void;
  noted: (target: CheckInTarget) => void;
  undone: (target: CheckInTarget) => void;
  failed: () => void;
}

/** What the user did with a toggle while the popup is open; it wins over what was stored. */
type Pressed = { state: 'saving' } | { state: 'done'; ref: CheckInRef } | { state: 'off' };

/** `earlier`: toggle key -> today's check-in already stored for it. */
export function useCheckIns(earlier: ReadonlyMap<string, CheckInRef>, events: CheckInEvents): CheckInActions {
  const [pressed, setPressed] = useState<ReadonlyMap<string, Pressed>>(new Map());
  // Read by the handlers, which may run before the next render.
  const current = useRef(pressed);
  current.current = pressed;

  const press = (key: string, value: Pressed) => {
    const next = new Map(current.current).set(key, value);
    current.current = next;
    setPressed(next);
  };

  const refOf = (key: string): CheckInRef | undefined => {
    const own = current.current.get(key);
    return own === undefined ? earlier.get(key) : own.state === 'done' ? own.ref : undefined;
  };

  const onCheckIn = async (target: CheckInTarget) => {
    if (current.current.get(target.key)?.state === 'saving' || refOf(target.key)) return;
    press(target.key, { state: 'saving' });
    try {
      const at = Date.now();
      const personId =
        target.personId ?? (await addPersonFromAttendee({ name: target.name, email: target.email }, at)).person.id;
      press(target.key, { state: 'done', ref: await logCheckIn({ personId, at, how: target.how }) });
      events.noted(target);
      events.changed();
    } catch {
      press(target.key, { state: 'off' });
      events.failed();
    }
  };

  const onUndo = async (target: CheckInTarget) => {
    const ref = refOf(target.key);
    if (ref === undefined) return;
    press(target.key, { state: 'saving' });
    try {
      await removeCheckIn(ref);
      press(target.key, { state: 'off' });
      events.undone(target);
      events.changed();
    } catch {
      press(target.key, { state: 'done', ref });
      events.failed();
    }
  };

  const marks = new Map<string, CheckInMark>();
  for (const key of earlier.keys()) if (!pressed.has(key)) marks.set(key, 'done');
  for (const [key, value] of pressed) if (value.state !== 'off') marks.set(key, value.state);

  return { marks, onCheckIn: (target) => void onCheckIn(target), onUndo: (target) => void onUndo(target) };
}
