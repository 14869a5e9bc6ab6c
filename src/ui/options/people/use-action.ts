// Runs one of the forms' async actions: busy while it runs, a localized problem when it fails.
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../../i18n';
import { peopleProblem } from './problems';

export interface Action {
  busy: boolean;
  problem: MessageKey | null;
  /** Resolves true when `work` succeeded; a failure becomes `problem`. */
  run(work: () => Promise<unknown>, emptyMessage?: MessageKey): Promise<boolean>;
  clear(): void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  return {
    busy,
    problem,
    async run(work, emptyMessage) {
      setBusy(true);
      setProblem(null);
      try {
        await work();
        return true;
      } catch (error) {
        setProblem(peopleProblem(error, emptyMessage));
        return false;
      } finally {
        setBusy(false);
      }
    },
    clear: () => setProblem(null),
  };
}
