// The README's pictures (tests/screenshots/) are screenshots the browser tests take into
// artifacts/. A plain run leaves the pictures alone, so it changes nothing under git;
// UPDATE_SCREENSHOTS=1 copies the new ones over them.
import { copyFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ROOT } from './browser';

const SCREENSHOTS = join(ROOT, 'tests/screenshots');

/** Copies `shot` (a file in artifacts/) over the README's picture of the same name, when asked to. */
export async function updateReadmePicture(shot: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  await mkdir(SCREENSHOTS, { recursive: true });
  await copyFile(shot, join(SCREENSHOTS, basename(shot)));
}
