import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * WCAG 2.2 level A + AA rules, as axe tags them (each version adds rules; all are needed), plus axe's best
 * practices: heading order, landmarks and regions are there, not in the WCAG tags.
 */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface Violation {
  screen: string;
  id: string;
  impact: Impact;
  help: string;
  /** CSS selectors of the first few offending nodes, to find them quickly. */
  targets: string[];
}

let axeSource: Promise<string> | undefined;
function loadAxe(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe on the page as it is now. The page's CSP forbids inline scripts, so axe goes in through
 * page.evaluate (DevTools evaluation, which the CSP does not govern); contexts for this use bypassCSP too.
 */
export async function axeCheck(page: Page, screen: string): Promise<Violation[]> {
  const present = await page.evaluate('typeof window.axe === "object"');
  if (present !== true) await page.evaluate(await loadAxe());
  // A string, not a function: the test files are typechecked for Node, without the DOM lib.
  const raw = await page.evaluate(`(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ') + ' ' + n.html.slice(0, 160) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200)) }));
  })()`);
  return (raw as Omit<Violation, 'screen'>[]).map((v) => ({ ...v, screen }));
}

/** "serious: 3, moderate: 1" over all screens, for the test log. */
export function countByImpact(violations: readonly Violation[]): Record<Impact, number> {
  const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) counts[v.impact]++;
  return counts;
}

export function isBlocking(v: Violation): boolean {
  return v.impact === 'serious' || v.impact === 'critical';
}

export function describeViolation(v: Violation): string {
  return `[${v.impact}] ${v.screen}: ${v.id} — ${v.help} (${v.targets.join(' | ')})`;
}
