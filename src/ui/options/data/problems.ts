// Why a file was not imported, in words, with the one thing that always holds: nothing changed.
import type { BackupProblem } from '../../../backup';
import type { Translate } from '../../../i18n';

/** What the page itself can find wrong before the file is read as a backup. */
export type FileProblem = BackupProblem | { code: 'too-large' } | { code: 'unreadable' };

/** Files larger than this are not Echt backups (calendar texts included, they stay well below). */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

function describe(problem: FileProblem, t: Translate): string {
  switch (problem.code) {
    case 'not-json':
      return t('dataProblemNotJson');
    case 'foreign':
      return t('dataProblemForeign');
    case 'newer-version':
      return t('dataProblemNewer');
    case 'damaged':
      return t('dataProblemDamaged', [problem.where]);
    case 'invalid-people':
      return t('dataProblemPeople', [problem.errors[0]?.path || 'people']);
    case 'invalid-setting':
      return t('dataProblemSetting', [problem.key.replace(/^\w+:/, '')]);
    case 'invalid-calendar':
      return t('dataProblemCalendar');
    case 'invalid-feed-url':
      return t('dataProblemFeedUrl', [problem.name]);
    case 'too-large':
      return t('dataProblemTooLarge');
    case 'unreadable':
      return t('dataProblemUnreadable');
  }
}

export function fileProblemMessage(problem: FileProblem, t: Translate): string {
  return `${describe(problem, t)} ${t('dataNothingChanged')}`;
}
