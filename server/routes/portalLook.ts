import { portalLookRoutes } from '../../shared/api/routes/portalLook';
import type { Theme } from '../../shared/api/theme';
import { audited } from '../audit/audited';
import { admitAttempt } from '../auth/attemptLimits';
import { functionalityTree, portalFunctionalities, readOptions, setFunctionality, updateOptions } from '../functionalities/functionalityStore';
import { notFound } from '../errors';
import { defineHandlers, NotModified } from '../http/routeTable';
import { effectiveLabels } from '../labels/effectiveLabels';
import { listPortalRoles, updatePortalRole } from '../portalRoles/portalRoleStore';
import { assertAnonymousRepairOn, fileAnonymousRepair, homeKey, repairLimits } from '../portalRepair/anonymousRepair';
import { checkAsset, readAsset, removeAsset, saveAsset } from '../theme/themeAssets';
import { previewPage } from '../theme/previewPage';
import { activeStylesheet, compileStored, compileTheme, readTheme, restoreStylesheet, saveTheme, storedThemeInput, stylesheetHistory } from '../theme/themeStore';

/** The demo corporation's name in the preview (the portal's own name is a label of the portal, not ours). */
const CORPORATION = 'Meerstede Wonen';

const etagOf = (hash: string) => `"${hash.slice(0, 32)}"`;
/** If-None-Match may list several tags, or be weak (W/"…"). */
const matches = (header: string | undefined, etag: string) =>
  !!header && header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');

const colorDiff = (before: Theme, after: Record<string, string>) =>
  Object.fromEntries(Object.entries(after).filter(([n, v]) => before.colors[n] !== v));

/** Flexibele GUI, Functionaliteiten and Rollen (admin), and what the tenant portal reads of them. */
export const portalLookHandlers = defineHandlers(portalLookRoutes, {
  'theme.get': async ({ ctx }) => readTheme(ctx.store.db),
  // Compiled first (in the Sass worker, outside any transaction); then theme and stylesheet are stored together.
  'theme.update': async ({ ctx, req, staff, body }) => {
    const compiled = await compileTheme({ colors: body.colors, logoShape: body.logoShape, copyright: body.copyright });
    const before = await readTheme(ctx.store.db);
    return audited(
      req,
      (t: Theme) => ({
        action: 'theme.update',
        target: 'theme',
        details: { colors: colorDiff(before, body.colors), logoShape: body.logoShape, copyright: body.copyright, cssVersion: t.cssVersion },
      }),
      (trx) => saveTheme(trx, body, compiled, staff.username, ctx.clock.now()),
    );
  },
  'theme.preview': async ({ req, body }) => {
    const compiled = await compileTheme({ colors: body.colors, logoShape: body.logoShape, copyright: true });
    const result = { css: compiled.css, compileMs: Math.round(compiled.ms * 10) / 10 };
    return audited(req, { action: 'theme.preview', target: 'theme', details: { bytes: compiled.css.length } }, async () => result);
  },
  'theme.compile': async ({ ctx, req, staff }) => {
    const input = await storedThemeInput(ctx.store.db);
    const compiled = await compileTheme(input);
    return audited(
      req,
      (r: { cssVersion: number }) => ({ action: 'theme.compile', target: 'theme', details: { cssVersion: r.cssVersion } }),
      (trx) => compileStored(trx, input, compiled, staff.username, ctx.clock.now()),
    );
  },
  'theme.uploadAsset': async ({ ctx, req, staff, params, body }) => {
    const { type, data } = checkAsset(params.name, String(req.headers['content-type'] ?? ''), body);
    return audited(
      req,
      { action: 'theme.asset_upload', target: `theme-asset:${params.name}`, details: { contentType: type, bytes: data.length } },
      (trx) => saveAsset(trx, params.name, type, data, staff.username, ctx.clock.now()),
    );
  },
  'theme.removeAsset': async ({ req, params }) => {
    await audited(req, { action: 'theme.asset_remove', target: `theme-asset:${params.name}` }, (trx) => removeAsset(trx, params.name));
  },
  'theme.history': async ({ ctx }) => ({ items: await stylesheetHistory(ctx.store.db) }),
  'theme.restore': async ({ ctx, req, staff, params }) =>
    audited(req, { action: 'theme.restore', target: `stylesheet:${params.id}` }, (trx) => restoreStylesheet(trx, params.id, staff.username, ctx.clock.now())),

  'functionalities.list': async ({ ctx }) => functionalityTree(ctx.store.db),
  'functionalities.update': async ({ ctx, req, staff, params, body }) =>
    audited(req, { action: 'functionality.update', target: `functionality:${params.key}`, details: { enabled: body.enabled } }, async (trx) => {
      await setFunctionality(trx, params.key, body.enabled, body.version, staff.username, ctx.clock.now());
      return functionalityTree(trx);
    }),
  'functionalities.options': async ({ ctx }) => readOptions(ctx.store.db),
  'functionalities.updateOptions': async ({ req, body }) =>
    audited(req, { action: 'functionality.options_update', target: 'functionality-options', details: { ...body, version: undefined } }, (trx) => updateOptions(trx, body)),
  'portalRoles.list': async ({ ctx }) => listPortalRoles(ctx.store.db),
  'portalRoles.update': async ({ req, params, body }) =>
    audited(req, { action: 'portal_role.update', target: `role:${params.code}`, details: { ...body, version: undefined } }, (trx) => updatePortalRole(trx, params.code, body)),

  // Revalidated on every use (no-cache + ETag): a save is visible at the next request, never a stale copy.
  'portal.themeCss': async ({ ctx, req, reply }) => {
    const sheet = await activeStylesheet(ctx.store.db, () => ctx.clock.now());
    const etag = etagOf(sheet.hash);
    reply.header('cache-control', 'no-cache');
    if (matches(req.headers['if-none-match'], etag)) return new NotModified(etag);
    reply.type('text/css; charset=utf-8').header('etag', etag);
    return Buffer.from(sheet.css, 'utf8');
  },
  'portal.themeAsset': async ({ ctx, req, reply, params }) => {
    const asset = await readAsset(ctx.store.db, params.name);
    if (!asset) throw notFound('Afbeelding');
    const etag = etagOf(asset.hash);
    reply.header('cache-control', 'no-cache');
    if (matches(req.headers['if-none-match'], etag)) return new NotModified(etag);
    reply.type(asset.type).header('etag', etag);
    // An SVG opened on its own runs nothing (sanitised, and this policy forbids scripts and outside loads).
    if (asset.type === 'image/svg+xml') reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    return asset.data;
  },
  'portal.preview': async ({ ctx, query }) => {
    const [theme, functions, labels] = await Promise.all([
      readTheme(ctx.store.db),
      portalFunctionalities(ctx.store.db, query.lang),
      effectiveLabels(ctx.store.db, query.lang),
    ]);
    // The stylesheet the page links must exist (a new installation compiles its first one here).
    if (theme.cssHash === null) {
      const sheet = await activeStylesheet(ctx.store.db, () => ctx.clock.now());
      theme.cssHash = sheet.hash;
    }
    return previewPage({ theme, functions, labels, lang: query.lang, corporation: CORPORATION, year: ctx.clock.now().getUTCFullYear() });
  },
  'portal.functionalities': async ({ ctx, query }) => portalFunctionalities(ctx.store.db, query.lang),
  'portal.repairment': async ({ ctx, req, reply, body }) => {
    await assertAnonymousRepairOn(ctx.store.db);
    const tooMany = (sec: number) => `Te veel reparatieverzoeken; probeer het over ${sec} seconden opnieuw`;
    await admitAttempt(ctx.store.db, ctx.clock.now(), [[repairLimits.caller, req.ip], [repairLimits.home, homeKey(body)]], reply, tooMany);
    return fileAnonymousRepair(ctx.store.db, body, ctx.clock.now());
  },
});
