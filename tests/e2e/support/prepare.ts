// What the browser suite and the demo need before Chromium starts: Debian's Chromium
// (never a downloaded browser) and a fresh test build of the extension.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, ROOT } from './browser';

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install chromium`);
  }
  console.log('Installing Debian Chromium…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

/** Builds the test flavour: the production extension plus local pages for the chip. */
export function buildTestExtension(): void {
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'test'], { cwd: ROOT, stdio: 'inherit' });
}
