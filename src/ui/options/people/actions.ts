// What the people section can do. The container binds these to people memory and the
// clock; tests pass in fakes. Each rejects with a PeopleError when the input is refused.
import type {
  AskAbout,
  AskAboutPatch,
  CheckIn,
  CheckInHow,
  CheckInRef,
  NewAskAbout,
  NewPerson,
  Person,
  PersonPatch,
} from '../../../people';

export interface PeopleActions {
  add(input: NewPerson): Promise<Person>;
  update(id: string, patch: PersonPatch): Promise<Person>;
  remove(id: string): Promise<void>;
  addAskAbout(personId: string, input: NewAskAbout): Promise<AskAbout>;
  updateAskAbout(personId: string, itemId: string, patch: AskAboutPatch): Promise<AskAbout>;
  removeAskAbout(personId: string, itemId: string): Promise<void>;
  /** The newest few check-ins with this person, newest first. */
  recentCheckIns(personId: string): Promise<CheckIn[]>;
  /** Logs a check-in that happened just now. */
  logCheckIn(personId: string, how: CheckInHow, note: string): Promise<CheckIn>;
  removeCheckIn(ref: CheckInRef): Promise<void>;
}
