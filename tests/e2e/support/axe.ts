// Runs axe-core in a page and returns its violations, one readable line each.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { ROOT } from './browser';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * What axe needs of a page: Playwright's (Chromium) and Puppeteer's (Firefox) both run a
 * script given as text. Evaluated through the browser's remote protocol, the script is not
 * subject to an extension page's CSP, which refuses an added script tag.
 */
interface ScriptPage {
  evaluate(expression: string): Promise<unknown>;
}

/** "color-contrast (serious): Elements must meet minimum color contrast ratio — .since" */
export async function axeViolations(page: ScriptPage): Promise<string[]> {
  if (!existsSync(AXE)) throw new Error('axe-core is not installed: npm install --save-dev axe-core');
  if (!(await page.evaluate("'axe' in globalThis"))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = (await page.evaluate(
    'axe.run(document).then((results) => results.violations)',
  )) as AxeResults['violations'];
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}
