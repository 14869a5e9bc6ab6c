// People memory as an extension page sees it, for tests and benchmarks that need many
// people or backdated check-ins (which no form lets a user type). The real module is
// bundled and evaluated inside the page, so records land in the extension's own IndexedDB
// exactly as Echt writes them; production code exposes nothing for it.
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { ImportMode, ImportReport, PeopleExport } from '../../../src/people';
import { ROOT } from './browser';

let bundled: Promise<string> | undefined;

function bundle(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: "import { importData } from './src/people'; globalThis.echtPeople = { importData };",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}

interface PeopleApi {
  importData(data: PeopleExport, mode: ImportMode): Promise<ImportReport>;
}

/** Imports `data` through Echt's own import in `page`, an extension page. */
export async function importPeople(page: Page, data: PeopleExport, mode: ImportMode = 'merge'): Promise<ImportReport> {
  await page.evaluate(await bundle());
  return page.evaluate(
    ([payload, how]) => (globalThis as unknown as { echtPeople: PeopleApi }).echtPeople.importData(payload, how),
    [data, mode] as const,
  );
}
