/** axe-core in a page of Debian's Chromium (scripts/support/chromium.ts launches it). */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core in the page (WCAG 2.x A and AA rules) and returns its violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the driver, not added as an inline <script>: the site's CSP blocks those.
  await page.evaluate(`${axeSource}\n;undefined`);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}
