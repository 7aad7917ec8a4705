import { createHash } from 'node:crypto';
import { HtmlPage } from '../http/routeTable';

/*
 * The pages of a one-time portal link, for a browser. Opening the link shows a button; only pressing it (a POST
 * to the same URL) uses the link, so mail scanners and link previews that open it leave it intact. No scripts:
 * the policy allows only this file's own style (by its hash) and a form posting to this server.
 */

const STYLE = [
  'body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1a1a1a}',
  'main{max-width:32rem;margin:4rem auto;padding:2rem;background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15)}',
  'h1{font-size:1.4rem;margin-top:0}',
  'button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#0b5cad;color:#fff;cursor:pointer}',
  'button:focus-visible{outline:3px solid #f2a900;outline-offset:2px}',
  '.nr{white-space:nowrap}',
].join('');

export const PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function page(status: number, title: string, body: string): HtmlPage {
  const html =
    '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
    `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>\n`;
  return new HtmlPage(status, html, PAGE_CSP);
}

/**
 * The landing page. The form posts to the link's own URL: its last path segment is the token, so the relative
 * action is the token itself (the only place it appears, whatever prefix or proxy the page was reached through).
 */
export function landingPage(token: string): HtmlPage {
  return page(
    200,
    'Klantportaal openen',
    '<p>Een medewerker van de klantenservice heeft deze link voor u gemaakt. Klik op de knop om in te loggen op het klantportaal.</p>' +
      '<p>De link werkt één keer en is kort geldig.</p>' +
      `<form method="post" action="${escapeHtml(token)}"><button type="submit" autofocus>Inloggen op het klantportaal</button></form>`,
  );
}

export function signedInPage(username: string, customerNumber: string): HtmlPage {
  return page(
    200,
    'U bent ingelogd',
    `<p>U bent ingelogd als <strong>${escapeHtml(username)}</strong> (klantnummer <span class="nr">${escapeHtml(customerNumber)}</span>); deze link is nu gebruikt.</p>`,
  );
}

/** A link that cannot be used (forged, used, expired, no account): the refusal's own status and message. */
export function refusedPage(status: number, message: string): HtmlPage {
  return page(status, 'Deze link werkt niet (meer)', `<p>${escapeHtml(message)}</p><p>Vraag de klantenservice zo nodig om een nieuwe link.</p>`);
}
