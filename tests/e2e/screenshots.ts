// `npm run screenshots`: the README's pictures, refreshed on purpose. The browser tests
// that picture Echt save their pictures in artifacts/ only, so `npm test` leaves the
// working tree as it was; after they ran, this copies the README's pictures from there
// into tests/screenshots/, to be looked at and committed.
import { copyFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, ROOT } from './support/browser';

/** The pictures the README shows, named as the browser tests save them. */
const README_PICTURES = ['popup-light.png', 'popup-dark.png', 'chip.png', 'options-light.png', 'options-dark.png'];
/** A picture older than this was not taken by the run just before. */
const FRESH_MS = 30 * 60_000;

for (const name of README_PICTURES) {
  const taken = join(ARTIFACTS, name);
  const { mtimeMs } = await stat(taken);
  if (Date.now() - mtimeMs > FRESH_MS) throw new Error(`${taken} is older than this run; run the browser tests first`);
  await copyFile(taken, join(ROOT, 'tests/screenshots', name));
  console.log(`tests/screenshots/${name}`);
}
