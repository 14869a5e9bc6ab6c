// The options page's sections as components that take props and callbacks: language, you,
// calendars and their coming meetings, reminders, chat, people and your data, and the
// navigation between them (sections.ts names them). Each is rendered by its container in
// entrypoints/options/sections/, which reads and writes the settings;
// entrypoints/options/App.tsx lists the sections in order.
export { ADD_PROBLEMS, type AddFeedOutcome, CalendarSettings } from './CalendarSettings';
export { ChatSettings } from './ChatSettings';
export { peopleReplaced } from './data/changes';
export { DataSettings } from './data/DataSettings';
export { saveTextFile } from './data/save-file';
export { describeFeedStatus } from './feed-status';
export { LanguageSettings } from './LanguageSettings';
export type { PeopleActions } from './people/actions';
export { PeopleSettings } from './people/PeopleSettings';
export { peopleProblem } from './people/problems';
export { ReminderSettings } from './reminders/ReminderSettings';
export { Routines } from './reminders/Routines';
export { SectionNav } from './SectionNav';
export { StorageNotice } from './StorageNotice';
export { OPTIONS_SECTIONS, type OptionsSection, sectionOf } from './sections';
export { UpcomingMeetings } from './UpcomingMeetings';
export { SelfEmailsForm, YouSettings } from './YouSettings';
