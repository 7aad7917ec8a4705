import { createHash } from 'node:crypto';
import type { PortalFunctionalities } from '../../shared/api/functionalities';
import type { Theme } from '../../shared/api/theme';
import { fillPlaceholders } from '../../shared/domain/placeholders';
import { portalFunctions } from '../../shared/domain/portalFunctions';
import { HtmlPage } from '../http/routeTable';

/*
 * A small, real preview of the tenant portal, framed by the Flexibele GUI screen: header with logo and the header
 * menu, the menu bar from the effective functions, a page with title, "Direct regelen" top 5, progress bar and
 * buttons, and the footer. It links the active stylesheet (theme.css) and uses the effective labels. While the
 * admin types, the screen posts the evaluated colours; the page's one script (allowed by its hash) sets them as
 * the stylesheet's custom properties, so no compile is needed per keystroke, and answers "applied".
 */

const SCRIPT = `(function () {
  var ok = /^rgba\\(\\d{1,3}, \\d{1,3}, \\d{1,3}, [0-9.]{1,5}\\)$/;
  var root = document.documentElement.style;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.source !== window.parent || !d || d.kind !== 'kcc-theme-preview') return;
    var c = d.colors || {};
    for (var n = 1; n <= 17; n++) {
      var v = c[String(n)];
      if (typeof v === 'string' && ok.test(v)) root.setProperty('--kp-c' + n, v); else root.removeProperty('--kp-c' + n);
    }
    if (typeof d.hover === 'string' && ok.test(d.hover)) root.setProperty('--kp-c2-hover', d.hover); else root.removeProperty('--kp-c2-hover');
    if (d.logoShape === 'round' || d.logoShape === 'rectangular') root.setProperty('--kp-logo-radius', d.logoShape === 'round' ? '50%' : '4px');
    if (typeof d.copyright === 'boolean') root.setProperty('--kp-copyright', d.copyright ? 'inline' : 'none');
    window.parent.postMessage({ kind: 'kcc-theme-applied', seq: typeof d.seq === 'number' ? d.seq : 0 }, '*');
  });
  window.parent.postMessage({ kind: 'kcc-theme-ready' }, '*');
})();`;

/** The desk app's own origin (Electron serves the renderer on app://kcc) may frame the preview, and the web build's. */
export const PREVIEW_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  `script-src 'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self' app://kcc",
].join('; ');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Which label names each top-level function's menu item (Menu page of the label catalogue). */
const menuLabel: Record<string, string> = {
  household: 'Menu.Menu_MyDetails',
  contract: 'Menu.Menu_Dwelling',
  repairs: 'Menu.Menu_Maintenance',
  finance: 'Menu.Menu_Finance',
  timeline: 'Menu.Menu_Timeline',
  otherActions: 'Menu.Menu_Actions',
  documents: 'Menu.Menu_Correspondence',
  questions: 'Menu.Menu_KnowledgeBase',
  news: 'Menu.Menu_News',
};

export interface PreviewInput {
  theme: Theme;
  functions: PortalFunctionalities;
  labels: Readonly<Record<string, string>>;
  lang: 'nl' | 'en';
  corporation: string;
  year: number;
}

export function previewPage(p: PreviewInput): HtmlPage {
  const label = (key: string, fallback: string) => escapeHtml(p.labels[key] ?? fallback);
  const on = new Set(p.functions.keys);
  const asset = (name: string) => p.theme.assets.find((a) => a.name === name);
  const logo = asset('logo');
  const footerLogo = asset('footerLogo');
  const menu = portalFunctions
    .filter((f) => f.menu && on.has(f.key))
    .map((f) => `<a href="#" data-key="${escapeHtml(f.key)}">${label(menuLabel[f.key] ?? '', f.menu?.[p.lang] ?? f.key)}</a>`)
    .join('');
  const terminate = Object.keys(p.labels).find((k) => k.endsWith('.Button_TerminateContract'));
  const top5Names: Record<string, string> = {
    repairs: menuLabel.repairs as string,
    household: menuLabel.household as string,
    finance: menuLabel.finance as string,
    otherActions: menuLabel.otherActions as string,
    terminateContract: terminate ?? '',
  };
  const top5 = p.functions.homeTop5.map((t) => `<li data-key="${escapeHtml(t.key)}">${label(top5Names[t.key] ?? '', t.name)}</li>`).join('');
  const topics = Array.from({ length: p.functions.interestingTopics }, (_, i) => `<li>${escapeHtml(`${i + 1}`)}</li>`).join('');
  const copyright = fillPlaceholders(p.labels['Generic.Label_Footer_Copyright'] ?? '© {year} {corporation}', { year: String(p.year), corporation: p.corporation });
  const cssUrl = `theme.css${p.theme.cssHash ? `?v=${p.theme.cssHash.slice(0, 16)}` : ''}`;
  const img = (name: string, hash: string, alt: string, cls: string) =>
    `<img class="${cls}" src="theme/assets/${name}?v=${hash.slice(0, 16)}" alt="${escapeHtml(alt)}">`;
  const html = `<!doctype html>
<html lang="${p.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(p.corporation)} — voorbeeld</title>
<link rel="stylesheet" href="${cssUrl}"></head>
<body class="kp">
<header class="kp-header" data-slot="4">
${logo ? img('logo', logo.hash, p.corporation, 'kp-logo') : `<span class="kp-logo" role="img" aria-label="${escapeHtml(p.corporation)}"></span>`}
<strong class="kp-name">${escapeHtml(p.corporation)}</strong>
<nav class="kp-header-menu" aria-label="kop">${on.has('contact') ? `<a href="#">${label('Menu.Menu_Contact', 'Contact')}</a>` : ''}<a href="#" aria-current="page">${label('Menu.Menu_Home', 'Home')}</a><a href="#">${label('Menu.Menu_Logout', 'Uitloggen')}</a></nav>
</header>
<nav class="kp-menubar" aria-label="menu" data-slot="5"><a href="#" aria-current="page" data-key="home">${label('Menu.Menu_Home', 'Home')}</a>${menu}<span class="kp-nav">${label('Home.Title_Home', 'Home')} <button type="button">${label('Generic.Button_Search', 'Zoeken')}</button></span></nav>
<div class="kp-hero"><main class="kp-main">
<h1 class="kp-title">${label('Home.Label_Top5', 'Direct regelen')}</h1>
<ul class="kp-top5">${top5}</ul>
<div class="kp-progress" role="progressbar" aria-valuenow="60" aria-valuemin="0" aria-valuemax="100"><span></span></div>
<p>${label('Home.Label_InterestingTopics', 'Interessante onderwerpen')}: ${p.functions.interestingTopics}</p><ol class="kp-topics">${topics}</ol>
<button type="button" class="kp-button">${label('Generic.Button_Save', 'Opslaan')}</button><button type="button" class="kp-button kp-secondary">${label('Generic.Button_Cancel', 'Annuleren')}</button>
</main></div>
<footer class="kp-footer" data-slot="7"><span class="kp-copyright">${escapeHtml(copyright)}</span>${footerLogo ? img('footerLogo', footerLogo.hash, '', 'kp-footer-logo') : ''}</footer>
<script>${SCRIPT}</script>
</body></html>
`;
  return new HtmlPage(200, html, PREVIEW_CSP);
}
