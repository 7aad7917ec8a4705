import { expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from './browser';

const webUrl = inject('webUrl');

it('probe focus after navigation', async () => {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(webUrl);
  await signIn(page, 'beheerder', 'Beheer!2026');
  await page.locator('main h1').waitFor();
  await page.evaluate(`(() => { window.__log = []; const t0 = performance.now();
    document.addEventListener('focusin', (e) => window.__log.push(Math.round(performance.now()-t0) + ' in ' + e.target.tagName + ' ' + (e.target.textContent||'').slice(0,30)), true);
    document.addEventListener('focusout', (e) => window.__log.push(Math.round(performance.now()-t0) + ' out ' + e.target.tagName + ' ' + (e.target.textContent||'').slice(0,30)), true);
    window.addEventListener('hashchange', () => window.__log.push(Math.round(performance.now()-t0) + ' hash ' + location.hash), true);
    new MutationObserver(() => { const h = document.querySelector('main h1'); window.__log.push(Math.round(performance.now()-t0) + ' mut h1=' + (h ? h.textContent : 'none')); }).observe(document.querySelector('main'), { childList: true, subtree: true });
  })()`);
  for (const area of ['theme', 'settings', 'accounts', 'settings']) {
    await page.locator(`nav a[data-area="${area}"]`).click();
    await page.waitForTimeout(1500);
    console.log(area, await page.evaluate('document.activeElement?.tagName + " " + document.activeElement?.textContent?.slice(0,30)'));
  }
  console.log((await page.evaluate('window.__log.join("\\n")')) as string);
  await browser.close();
  expect(1).toBe(1);
});
