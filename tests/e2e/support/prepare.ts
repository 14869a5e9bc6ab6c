// What the browser suite and the demo need before a browser starts: Debian's Chromium and
// Firefox ESR (never a downloaded browser) and fresh test builds of the extension.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, ROOT } from './browser';
import { FIREFOX } from './firefox';

interface DebianBrowser {
  name: string;
  executable: string;
  /** The Debian package that puts it at `executable`. */
  package: string;
}

const DEBIAN_CHROMIUM: DebianBrowser = { name: 'Chromium', executable: CHROMIUM, package: 'chromium' };
const DEBIAN_FIREFOX: DebianBrowser = { name: 'Firefox ESR', executable: FIREFOX, package: 'firefox-esr' };

/** Installs with apt, in one go, whichever of `browsers` is missing (which needs root). */
function ensureInstalled(...browsers: DebianBrowser[]): void {
  const missing = browsers.filter((browser) => !existsSync(browser.executable));
  if (missing.length === 0) return;
  const packages = missing.map((browser) => browser.package);
  if (process.getuid?.() !== 0) {
    const where = missing.map((browser) => `${browser.name} not found at ${browser.executable}.`).join(' ');
    throw new Error(`${where} Install with: sudo apt-get install ${packages.join(' ')}`);
  }
  console.log(`Installing Debian ${missing.map((browser) => browser.name).join(' and ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

export function ensureChromium(): void {
  ensureInstalled(DEBIAN_CHROMIUM);
}

/** Both browsers of the browser suite. */
export function ensureBrowsers(): void {
  ensureInstalled(DEBIAN_CHROMIUM, DEBIAN_FIREFOX);
}

/** Builds the test flavour: the production extension plus local pages for the chip. */
export function buildTestExtension(): void {
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'test'], { cwd: ROOT, stdio: 'inherit' });
}

/** The same test flavour for Firefox, in .output/firefox-mv2-test. */
export function buildFirefoxTestExtension(): void {
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'test', '-b', 'firefox'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
