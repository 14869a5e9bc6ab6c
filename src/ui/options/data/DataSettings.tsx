// The options page's data section: export everything to one file, import it back (checked
// whole first, then merged or replacing, the user's choice), and delete everything.
import { isValid, parseISO } from 'date-fns';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Backup, type BackupCheck, BackupRefused, backupFileName, serializeBackup } from '../../../backup';
import type { Locale, Translate } from '../../../i18n';
import { formatDay } from '../../../i18n/dates';
import type { ImportMode, ImportReport } from '../../../people';
import { Problem } from '../Problem';
import { type FileProblem, fileProblemMessage, MAX_BACKUP_BYTES } from './problems';

export interface DataSettingsProps {
  t: Translate;
  locale: Locale;
  /** Everything on this device, as a backup made now. */
  onExport: () => Promise<Backup>;
  /** Reads a file's text as a backup; pure, nothing is written. */
  checkFile: (text: string) => BackupCheck;
  onRestore: (backup: Backup, mode: ImportMode) => Promise<ImportReport>;
  onDeleteAll: () => Promise<void>;
  /** Hands the file to the browser's downloads. */
  save: (fileName: string, text: string) => void;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'refused'; problem: FileProblem }
  | { step: 'ready'; backup: Backup; fileName: string }
  | { step: 'importing'; backup: Backup; fileName: string }
  | { step: 'failed' };

function fileSummary(t: Translate, locale: Locale, fileName: string, backup: Backup): string {
  const counts = [String(backup.people.people.length), String(backup.people.checkIns.length)];
  const made = parseISO(backup.exportedAt);
  return isValid(made)
    ? t('dataFileSummary', [fileName, formatDay(made, locale), ...counts])
    : t('dataFileSummaryUndated', [fileName, ...counts]);
}

function reportMessage(t: Translate, mode: ImportMode, report: ImportReport): string {
  return mode === 'merge'
    ? t('dataMerged', [String(report.peopleAdded), String(report.peopleUpdated), String(report.checkInsAdded)])
    : t('dataReplaced', [String(report.peopleAdded), String(report.checkInsAdded)]);
}

export function DataSettings({ t, locale, onExport, checkFile, onRestore, onDeleteAll, save }: DataSettingsProps) {
  const [result, setResult] = useState('');
  const [exportFailed, setExportFailed] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [importState, setImportState] = useState<ImportState>({ step: 'idle' });
  const [deleting, setDeleting] = useState<'idle' | 'asking' | 'working' | 'failed'>('idle');
  const keepButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmOpen = deleting === 'asking' || deleting === 'working';
  const wasOpen = useRef(false);

  // Into the question on the way in (the safe choice); back to the button on the way out.
  useEffect(() => {
    if (deleting === 'asking') keepButton.current?.focus();
    else if (!confirmOpen && wasOpen.current) deleteButton.current?.focus();
    wasOpen.current = confirmOpen;
  }, [deleting, confirmOpen]);

  const exportAll = async () => {
    setExporting(true);
    setExportFailed(false);
    try {
      const backup = await onExport();
      const fileName = backupFileName(new Date(backup.exportedAt));
      save(fileName, serializeBackup(backup));
      setResult(t('dataExported', [fileName]));
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  const chooseFile = async (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file || importState.step === 'importing') return;
    setResult('');
    if (file.size > MAX_BACKUP_BYTES) {
      setImportState({ step: 'refused', problem: { code: 'too-large' } });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImportState({ step: 'refused', problem: { code: 'unreadable' } });
      return;
    }
    const check = checkFile(text);
    setImportState(
      check.ok
        ? { step: 'ready', backup: check.backup, fileName: file.name }
        : { step: 'refused', problem: check.problem },
    );
  };

  const restore = async (mode: ImportMode) => {
    if (importState.step !== 'ready') return;
    setImportState({ ...importState, step: 'importing' });
    try {
      const report = await onRestore(importState.backup, mode);
      setImportState({ step: 'idle' });
      setResult(reportMessage(t, mode, report));
    } catch (error) {
      setImportState(error instanceof BackupRefused ? { step: 'refused', problem: error.problem } : { step: 'failed' });
    }
    // The buttons that were pressed are gone; the file chooser is where the user goes on from.
    fileInput.current?.focus();
  };

  const deleteAll = async () => {
    setDeleting('working');
    try {
      await onDeleteAll();
      setDeleting('idle');
      setImportState({ step: 'idle' });
      setResult(t('dataDeleted'));
    } catch {
      setDeleting('failed');
    }
  };

  const busy = importState.step === 'importing';
  return (
    <section class="card data-section" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="help">{t('dataIntro')}</p>

      <div class="data-part">
        <h3>{t('dataExportHeading')}</h3>
        <p class="help">{t('dataExportHelp')}</p>
        <button type="button" disabled={exporting} onClick={() => void exportAll()}>
          {t('dataExportButton')}
        </button>
        <Problem text={exportFailed && t('dataExportFailed')} />
      </div>

      <div class="data-part">
        <h3>{t('dataImportHeading')}</h3>
        <p class="help" id="data-import-help">
          {t('dataImportHelp')}
        </p>
        <label for="data-import-file">{t('dataImportFileLabel')}</label>
        <input
          id="data-import-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-describedby="data-import-help"
          onChange={(event) => void chooseFile(event)}
        />
        <Problem text={importState.step === 'refused' && fileProblemMessage(importState.problem, t)} />
        <Problem text={importState.step === 'failed' && t('dataImportFailed')} />
        {(importState.step === 'ready' || importState.step === 'importing') && (
          <fieldset class="confirm" aria-labelledby="data-import-summary">
            <p id="data-import-summary">{fileSummary(t, locale, importState.fileName, importState.backup)}</p>
            <ul class="data-modes">
              <li>
                <button type="button" disabled={busy} onClick={() => void restore('merge')}>
                  {t('dataMergeButton')}
                </button>
                <span class="help">{t('dataMergeHelp')}</span>
              </li>
              <li>
                <button type="button" class="danger" disabled={busy} onClick={() => void restore('replace')}>
                  {t('dataReplaceButton')}
                </button>
                <span class="help">{t('dataReplaceHelp')}</span>
              </li>
            </ul>
            <button
              type="button"
              class="quiet"
              disabled={busy}
              onClick={() => {
                setImportState({ step: 'idle' });
                fileInput.current?.focus();
              }}
            >
              {t('dataCancel')}
            </button>
          </fieldset>
        )}
      </div>

      <div class="data-part">
        <h3>{t('dataDeleteHeading')}</h3>
        <p class="help">{t('dataDeleteHelp')}</p>
        {!confirmOpen ? (
          <button type="button" class="danger" ref={deleteButton} onClick={() => setDeleting('asking')}>
            {t('dataDeleteButton')}
          </button>
        ) : (
          <fieldset class="confirm" aria-labelledby="data-delete-question">
            <p id="data-delete-question">{t('dataDeleteQuestion')}</p>
            <div class="row">
              <button type="button" class="danger" disabled={deleting === 'working'} onClick={() => void deleteAll()}>
                {t('dataDeleteConfirm')}
              </button>
              <button
                type="button"
                class="quiet"
                ref={keepButton}
                disabled={deleting === 'working'}
                onClick={() => setDeleting('idle')}
              >
                {t('dataDeleteKeep')}
              </button>
            </div>
          </fieldset>
        )}
        <Problem text={deleting === 'failed' && t('dataDeleteFailed')} />
      </div>

      <p class="save-state" aria-live="polite">
        {result}
      </p>
    </section>
  );
}
