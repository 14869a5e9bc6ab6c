// Runs axe-core in a page and returns its violations, one readable line each.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { ROOT } from './browser';

declare const axe: { run(context: Document): Promise<AxeResults> };

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** "color-contrast (serious): Elements must meet minimum color contrast ratio — .since" */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!existsSync(AXE)) throw new Error('axe-core is not installed: npm install --save-dev axe-core');
  const loaded = () => page.evaluate(() => 'axe' in globalThis);
  if (!(await loaded())) await page.addScriptTag({ path: AXE }).catch(() => undefined);
  // An extension page's CSP refuses the inline script tag; evaluating through the debugger is not subject to it.
  if (!(await loaded())) await page.evaluate(readFileSync(AXE, 'utf8'));
  const results = await page.evaluate(() => axe.run(document));
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}
