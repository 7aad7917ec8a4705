import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeCheck, countByImpact, describeViolation, isBlocking, type Violation } from './a11y';
import { getJson, staffToken } from './apiSupport';
import { launchBrowser, signIn } from './browser';

// Every screen and main dialog, in Dutch and English, checked by axe against WCAG 2.2 AA:
// no serious or critical violation may remain; all others are counted in the log.
const webUrl = inject('webUrl');
const serverUrl = inject('serverUrl');

type Lang = 'nl' | 'en';
const labels = {
  nl: { block: 'Blokkeren', newAccount: 'Nieuw account', newRange: 'Nieuw IP-bereik', newGroup: 'Nieuwe groep', changePhone: 'Telefoonnummer wijzigen', diagram: 'Overzicht kleurnummers', compile: 'CSS compileren', roles: 'Rollen' },
  en: { block: 'Block', newAccount: 'New account', newRange: 'New IP range', newGroup: 'New group', changePhone: 'Change phone number', diagram: 'Overview of colour numbers', compile: 'Compile CSS', roles: 'Roles' },
} as const;

let browser: Browser;
let customerNumber: string;
const found: Violation[] = [];

beforeAll(async () => {
  const token = await staffToken(serverUrl, 'kcc', 'Kcc!2026');
  const list = await getJson<{ items: { customerNumber: string }[] }>(serverUrl, token, '/customers?q=straat&limit=5');
  const first = list.items[0];
  if (!first) throw new Error('no seeded customer');
  customerNumber = first.customerNumber;
  browser = await launchBrowser();
});
afterAll(async () => {
  const counts = countByImpact(found);
  console.log(`[e2e] axe WCAG 2.2 AA: ${found.length} violations — ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const v of found) console.log(`[e2e]   ${describeViolation(v)}`);
  await browser?.close();
});

/** A fresh context in the given language; bypassCSP only so axe can be injected. */
async function open(lang: Lang): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'nl-NL', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(webUrl);
  await page.locator('input[name="username"]').waitFor();
  if (lang === 'en') {
    await page.locator('[data-testid="language-toggle"]').click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en');
  }
  return { context, page };
}

async function check(page: Page, screen: string): Promise<Violation[]> {
  // Let transitions (dialogs fading in) end, so colours are measured as shown.
  await page.waitForTimeout(350);
  const violations = await axeCheck(page, screen);
  found.push(...violations);
  return violations.filter(isBlocking);
}

async function visitArea(page: Page, area: string): Promise<void> {
  await page.locator(`nav a[data-area="${area}"]`).click();
  await page.locator('main h1').waitFor();
  await page.locator('main [role="progressbar"]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
}

describe.each<Lang>(['nl', 'en'])('accessibility (WCAG 2.2 AA, axe) — %s', (lang) => {
  const l = labels[lang];

  it('sign-in and every area of the admin + KCC staff member', async () => {
    const { context, page } = await open(lang);
    const blocking: Violation[] = [];
    try {
      await page.locator('[data-testid="demo-accounts"]').waitFor();
      blocking.push(...(await check(page, `${lang} sign-in`)));
      await signIn(page, 'beheerder', 'Beheer!2026');
      for (const area of ['attention', 'customers', 'accounts', 'account-requests', 'knowledge-base', 'labels', 'email-templates', 'outbox', 'theme', 'functionalities', 'import', 'groups', 'jobs', 'settings', 'network', 'audit']) {
        await visitArea(page, area);
        blocking.push(...(await check(page, `${lang} ${area}`)));
        if (area === 'settings') {
          // After moving to another area, focus starts at the new page's heading.
          await expect.poll(() => page.evaluate('document.activeElement?.tagName')).toBe('H1');
        }
      }
      // A visible focus ring on a button reached with the keyboard.
      await page.locator('nav a[data-area="audit"]').focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe('solid');
      // Dialogs of the admin areas: a new IP range, a new account, blocking an account.
      await visitArea(page, 'network');
      await page.getByRole('button', { name: l.newRange }).click();
      await page.locator('[data-testid="range-dialog"]').waitFor();
      blocking.push(...(await check(page, `${lang} IP range dialog`)));
      await closeDialog(page);

      // The knowledge base: a question selected, its editor with the advice part, a topic's delete dialog, the search preview.
      await visitArea(page, 'knowledge-base');
      await page.locator('[data-testid="kb-row-KBO-00001"]').click();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      await page.locator('[data-testid="kb-question-details"]').waitFor();
      blocking.push(...(await check(page, `${lang} knowledge base question`)));
      await page.keyboard.press('F2');
      await page.locator('[data-testid="kb-question-dialog"] .MuiDialog-paper').waitFor();
      await page.locator('[data-testid="kb-question-dialog"] input[name="hasAdvice"]').check();
      blocking.push(...(await check(page, `${lang} knowledge base question dialog`)));
      await closeDialog(page);
      await page.locator('[data-testid="kb-row-KBO-00001"]').click();
      await page.keyboard.press('Delete');
      await page.locator('[data-testid="kb-delete-dialog"] .MuiDialog-paper').waitFor();
      blocking.push(...(await check(page, `${lang} knowledge base delete dialog`)));
      await closeDialog(page);
      await page.locator('[data-testid="kb-tab-search"]').click();
      await page.locator('[data-testid="kb-search-input"]').fill('huur');
      await page.locator('[data-testid="kb-search-result"] li').first().waitFor();
      blocking.push(...(await check(page, `${lang} knowledge base search preview`)));
      await visitArea(page, 'groups');
      await page.getByRole('button', { name: l.newGroup }).click();
      await page.locator('[data-testid="group-dialog"] .MuiDialog-paper').waitFor();
      blocking.push(...(await check(page, `${lang} customer group dialog`)));
      await closeDialog(page);

      await visitArea(page, 'labels');
      await page.locator('[data-testid="labels-table"] tbody button').first().click();
      await page.locator('[data-testid="label-dialog"]').waitFor();
      blocking.push(...(await check(page, `${lang} label dialog`)));
      await closeDialog(page);

      // Flexibele GUI: the colour-number diagram and the compile question (with an unsaved change); Rollen.
      await visitArea(page, 'theme');
      await page.getByRole('button', { name: l.diagram }).click();
      await page.locator('#theme-diagram-title').waitFor();
      blocking.push(...(await check(page, `${lang} theme diagram`)));
      await closeDialog(page);
      await page.locator('[data-testid="slot-9"]').fill('hsl(0, 0%, 41%)');
      await page.getByRole('button', { name: l.compile }).click();
      await page.locator('[data-testid="theme-compile-dialog"]').waitFor();
      blocking.push(...(await check(page, `${lang} theme compile dialog`)));
      await closeDialog(page);
      await visitArea(page, 'functionalities');
      await page.getByRole('tab', { name: l.roles }).click();
      await page.locator('[data-testid="roles-table"]').waitFor();
      blocking.push(...(await check(page, `${lang} functionalities roles`)));

      await visitArea(page, 'accounts');
      await page.getByRole('button', { name: l.newAccount }).click();
      await page.locator('[data-testid="create-dialog"] .MuiDialog-paper').waitFor();
      blocking.push(...(await check(page, `${lang} create account dialog`)));
      await closeDialog(page);

      await page.locator('[data-testid="accounts-grid"] .MuiDataGrid-row').first().click();
      const drawer = page.locator('[role="dialog"][aria-labelledby="account-drawer-title"]');
      await drawer.waitFor();
      blocking.push(...(await check(page, `${lang} account drawer`)));
      const block = drawer.getByRole('button', { name: l.block, exact: true });
      if ((await block.count()) > 0) {
        await block.click();
        await page.locator('[data-testid="block-dialog"] .MuiDialog-paper').waitFor();
        blocking.push(...(await check(page, `${lang} block dialog`)));
      }
    } finally {
      await context.close();
    }
    expect(blocking.map(describeViolation)).toEqual([]);
  });

  it('the customer screen: every tab, Ctrl+K and the look-along banner', async () => {
    const { context, page } = await open(lang);
    const blocking: Violation[] = [];
    try {
      await signIn(page, 'beheerder', 'Beheer!2026');
      // The shell, not the sign-in screen (which is a main landmark with a heading of its own).
      await page.locator('nav a[data-area]').first().waitFor();
      await page.locator('main h1').waitFor();
      await page.keyboard.press('Control+k');
      await page.locator('input[name="quickLookup"]').fill('straat');
      await page.locator('[data-testid="quick-lookup"] [role="option"]').first().waitFor();
      blocking.push(...(await check(page, `${lang} Ctrl+K dialog`)));
      await closeDialog(page);

      await page.goto(`${webUrl}#/customer/${customerNumber}`);
      await page.locator('[data-testid="customer-name"]').waitFor();
      const tabs = page.locator('main [role="tab"]');
      const count = await tabs.count();
      expect(count).toBeGreaterThan(2);
      for (let i = 0; i < count; i++) {
        await tabs.nth(i).click();
        const name = (await tabs.nth(i).innerText()).trim();
        await page.locator('main [role="tabpanel"]:not([hidden]) [role="progressbar"]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
        blocking.push(...(await check(page, `${lang} customer tab ${name}`)));
      }
      await tabs.first().click();
      expect(await page.locator('[data-testid="change-phone"]').getAttribute('aria-label')).toBe(l.changePhone);
      await page.locator('[data-testid="look-along-start"]').click();
      await page.locator('[data-testid="look-along-banner"]').waitFor();
      // Focus moves to the banner: the staff member now acts on the tenant's behalf.
      await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe('look-along-banner');
      blocking.push(...(await check(page, `${lang} look-along banner`)));
      await page.locator('[data-testid="look-along-stop"]').click();
      await page.locator('[data-testid="look-along-banner"]').waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
    expect(blocking.map(describeViolation)).toEqual([]);
  });

  it('the weborder areas and their dialogs (issue 12)', async () => {
    const { context, page } = await open(lang);
    const blocking: Violation[] = [];
    try {
      await signIn(page, 'helpdesk', 'Helpdesk!2026');
      for (const area of ['weborders', 'weborder-requests', 'partners', 'finance']) {
        await visitArea(page, area);
        blocking.push(...(await check(page, `${lang} ${area}`)));
      }
      await visitArea(page, 'weborders');
      const first = page.locator('[data-testid="weborder-table"] tbody tr[data-testid^="weborder-row-"]').first();
      await first.locator('button[aria-expanded]').click();
      blocking.push(...(await check(page, `${lang} weborder row expanded`)));
      await first.locator('td:nth-child(3) button').click();
      await page.locator('[data-testid="weborder-history"]').waitFor();
      blocking.push(...(await check(page, `${lang} weborder drawer`)));
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="weborder-drawer"]').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: lang === 'nl' ? 'Nieuwe weborder' : 'New weborder' }).click();
      await page.locator('[data-testid="weborder-dialog"] .MuiDialog-paper').waitFor();
      blocking.push(...(await check(page, `${lang} new weborder dialog`)));
      await closeDialog(page);
      await visitArea(page, 'partners');
      await page.locator('[data-testid="partners-table"] tbody tr[data-testid^="partner-row-"] button').first().click();
      await page.locator('[data-testid="partner-checklist"]').waitFor();
      blocking.push(...(await check(page, `${lang} partner drawer`)));
    } finally {
      await context.close();
    }
    expect(blocking.map(describeViolation)).toEqual([]);
  });

  it('the helpdesk areas', async () => {
    const { context, page } = await open(lang);
    const blocking: Violation[] = [];
    try {
      await signIn(page, 'helpdesk', 'Helpdesk!2026');
      for (const area of ['attention', 'weborders', 'iban']) {
        await visitArea(page, area);
        blocking.push(...(await check(page, `${lang} ${area}`)));
      }
      // Issue 13: the details of a seeded change (both IBANs, the proof) and the dialog to enter one.
      await page.locator('[data-testid="iban-table"] tbody button').first().click();
      await page.locator('[data-testid="iban-new"]').waitFor();
      blocking.push(...(await check(page, `${lang} iban details`)));
      await closeDialog(page);
      await page.getByRole('button', { name: lang === 'nl' ? 'Nieuwe wijziging' : 'New change' }).click();
      await page.locator('input[name="newIban"]').waitFor();
      blocking.push(...(await check(page, `${lang} iban enter dialog`)));
      await closeDialog(page);
    } finally {
      await context.close();
    }
    expect(blocking.map(describeViolation)).toEqual([]);
  });
});
