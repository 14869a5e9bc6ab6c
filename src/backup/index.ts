// A backup of everything Echt keeps on this device, as one JSON file: build it, check a
// file before anything is written, restore it (merge or replace), and erase everything.
// entrypoints/options/sections/DataSection.tsx runs it with the real stores of device.ts;
// format.ts and restore.ts take their stores as parameters.
export {
  type Backup,
  type BackupCheck,
  type BackupProblem,
  type BackupRules,
  backupFileName,
  type CalendarFile,
  parseBackup,
  serializeBackup,
  validateBackup,
} from './format';
export { BackupRefused, type BackupStores, collectBackup, eraseEverything, restoreBackup } from './restore';
