// The options page's sections as components that take props and callbacks: language, you,
// calendars and their coming meetings, reminders, chat, people and your data. Each is
// rendered by its container in entrypoints/options/sections/, which reads and writes the
// settings; entrypoints/options/App.tsx lists the sections in order.
export { type AddFeedOutcome, CalendarSettings } from './CalendarSettings';
export { ChatSettings } from './ChatSettings';
export { peopleReplaced } from './data/changes';
export { DataSettings } from './data/DataSettings';
export { saveTextFile } from './data/save-file';
export { LanguageSettings } from './LanguageSettings';
export type { PeopleActions } from './people/actions';
export { PeopleSettings } from './people/PeopleSettings';
export { peopleProblem } from './people/problems';
export { ReminderSettings } from './reminders/ReminderSettings';
export { UpcomingMeetings } from './UpcomingMeetings';
export { YouSettings } from './YouSettings';
