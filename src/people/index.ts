// People memory: notes about colleagues, "ask about" items and the check-in log, kept on
// this device in IndexedDB (store.ts is the only module that touches it). The popup
// (entrypoints/popup/App.tsx), the options page (entrypoints/options/sections/PeopleSection.tsx)
// and the reminders' buttons (src/background/reminders.ts) use only what is exported here.

export type { NewCheckIn } from './check-in';
export { PeopleError, type PeopleErrorCode } from './errors';
export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ImportCheck,
  type ImportError,
  type PeopleExport,
  validateImport,
} from './export-format';
export { type CheckInQuery, listCheckIns, logCheckIn, removeCheckIn } from './log';
export { localDay, normalizeEmail } from './normalize';
export { loadOverview, type OverviewOptions, type PeopleOverview } from './overview';
export {
  type Attendee,
  addAskAbout,
  addPerson,
  addPersonFromAttendee,
  listPeople,
  removeAskAbout,
  removePerson,
  updateAskAbout,
  updatePerson,
} from './people';
export type { AskAboutPatch, NewAskAbout, NewPerson, PersonPatch } from './person';
export {
  type AskAboutWindow,
  askAboutDue,
  DEFAULT_ASK_ABOUT_WINDOW,
  DEFAULT_RECONNECT_WEEKS,
  type DueAskAbout,
  type ReconnectSuggestion,
  reconnectSuggestions,
} from './reconnect';
export { attendeeMatcher, findByEmail, searchPeople } from './search';
export { openPeopleStore } from './store';
export { deleteAll, exportData, type ImportMode, type ImportReport, importData } from './transfer';
export {
  type AskAbout,
  CHECK_IN_HOWS,
  type CheckIn,
  type CheckInHow,
  type CheckInRef,
  type LastCheckIn,
  LIMITS,
  type Person,
  type PersonData,
  type ReconnectWeeks,
} from './types';
