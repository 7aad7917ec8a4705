import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CustomerGroup } from '../../shared/api/groups';
import { XLSX_CONTENT_TYPE, type ImportFile, type ImportPreview } from '../../shared/api/imports';
import type { BulkSelection, JobKind } from '../../shared/api/jobs';
import { importRoutes } from '../../shared/api/routes/imports';
import { importFields, matchHeaders, rememberedFrom, type ColumnMapping } from '../../shared/domain/importColumns';
import { audited } from '../audit/audited';
import type { AppContext, AuthedStaff } from '../context';
import { ApiError } from '../errors';
import { createGroup, deleteGroup, getGroup, groupMembers, groupsOfCustomer, listGroups, updateGroup } from '../groups/groupStore';
import { defineHandlers } from '../http/routeTable';
import { commitJudgement } from '../imports/commitImport';
import { judge } from '../imports/evaluate';
import { serialiseImports } from '../imports/importLock';
import { IMPORT_FOLDER, ImportFiles, MAPPING_SCOPE } from '../imports/importFiles';
import { kindOf, readImportFile } from '../imports/readFile';
import { importReport, importTemplate } from '../imports/template';
import { countSelection, resolveSelection } from '../jobs/bulkSelection';
import { jobEngine } from '../jobs/jobEngine';
import { toJob, toJobItem } from '../jobs/jobRows';
import { cancelJob, createJob, ownJob } from '../jobs/jobStore';

const files = new WeakMap<AppContext, ImportFiles>();
function importFiles(server: FastifyInstance): ImportFiles {
  let f = files.get(server.ctx);
  if (!f) {
    f = new ImportFiles(path.join(server.ctx.store.dataDir, IMPORT_FOLDER));
    files.set(server.ctx, f);
  }
  return f;
}

const MAX_ERRORS = 10_000;

function uploadBytes(req: FastifyRequest): Buffer {
  if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new ApiError('validation', 'Kies een bestand (.xlsx of .csv)', { fields: { file: ['Leeg bestand'] } });
  return req.body;
}

async function startBulk(req: FastifyRequest, staff: AuthedStaff, kind: JobKind, body: BulkSelection, now: Date) {
  const job = await audited(
    req,
    (j: { jobId: string; total: number }) => ({
      action: 'job.start',
      target: `job:${j.jobId}`,
      details: { kind, households: j.total, group: body.group ?? null, filter: body.filter ?? null, listed: body.customerNumbers?.length ?? null },
    }),
    async (trx) => createJob(trx, { kind, staff, sourceAddress: req.ip, customerNumbers: await resolveSelection(trx, body), now }),
  );
  jobEngine(req.server).runner.kick();
  return job;
}

/** Import wizard, customer groups, bulk jobs. */
export const importHandlers = defineHandlers(importRoutes, {
  'imports.template': async ({ reply }) => {
    reply.type(XLSX_CONTENT_TYPE).header('content-disposition', 'attachment; filename="importsjabloon-klanten.xlsx"').header('cache-control', 'no-store');
    return importTemplate();
  },
  'imports.run': async ({ req, ctx, query }) => {
    const bytes = uploadBytes(req);
    const text = await readImportFile(bytes, kindOf(req.headers['content-type']), query);
    const mapping = matchHeaders(text.headers);
    const group = query.group ?? null;
    const summary = (j: Awaited<ReturnType<typeof judge>>, committed: boolean) => ({
      rows: j.counts.rows,
      create: j.counts.create,
      update: j.counts.update,
      unchanged: j.counts.unchanged,
      skip: j.counts.skip,
      errors: j.rows.flatMap((r) => r.errors).slice(0, MAX_ERRORS),
      committed,
    });
    if (query.dryRun) return summary(await judge(ctx.store.db, text, mapping, new Set()), false);
    const preview = await judge(ctx.store.db, text, mapping, new Set());
    if (preview.counts.invalid > 0) return summary(preview, false);
    return audited(
      req,
      (r: { rows: number; create: number; update: number }) => ({ action: 'import.commit', details: { rows: r.rows, create: r.create, update: r.update, group } }),
      async (trx) => {
        await serialiseImports(trx);
        const j = await judge(trx, text, mapping, new Set());
        await commitJudgement(trx, j, group, ctx.clock.now());
        return summary(j, true);
      },
    );
  },
  'imports.upload': async ({ req, ctx, staff, query }) => {
    const f = importFiles(req.server);
    const bytes = uploadBytes(req);
    const kind = kindOf(req.headers['content-type']);
    // Read before the transaction: a large file takes seconds, and the database stays free meanwhile.
    const text = await readImportFile(bytes, kind, query);
    return audited(
      req,
      (x: ImportFile) => ({ action: 'import.upload', target: `import:${x.importId}`, details: { kind, bytes: bytes.length, rows: x.rows } }),
      async (trx) => {
        const id = await f.save(trx, bytes, kind, staff.id, ctx.clock.now());
        f.keep(id, kind, query, text);
        return f.describe(trx, id, text);
      },
    );
  },
  'imports.read': async ({ req, ctx, staff, params, query }) => {
    const f = importFiles(req.server);
    return f.describe(ctx.store.db, params.importId, await f.read(ctx.store.db, params.importId, staff.id, query));
  },
  'imports.plan': async ({ req, ctx, staff, params, body }) => {
    const f = importFiles(req.server);
    const text = await f.read(ctx.store.db, params.importId, staff.id, body);
    // Judged afresh (a plan is stored when the wizard moves on) and kept for the preview pages that follow.
    f.forgetJudgement();
    const j = await f.judgement(params.importId, body, () => judge(ctx.store.db, text, body.mapping as ColumnMapping, new Set(body.exclude)));
    return audited(
      req,
      {
        action: 'import.plan',
        target: `import:${params.importId}`,
        details: { ...j.counts, group: body.group, excluded: body.exclude.length, columns: j.mapped.size, sheet: body.sheet ?? null },
      },
      async (trx) => {
        await f.savePlan(trx, params.importId, staff.id, body);
        return j.counts;
      },
    );
  },
  'imports.preview': async ({ req, ctx, staff, params, query }): Promise<ImportPreview> => {
    const f = importFiles(req.server);
    const plan = await f.planOf(ctx.store.db, params.importId, staff.id);
    const text = await f.read(ctx.store.db, params.importId, staff.id, plan);
    const j = await f.judgement(params.importId, plan, () => judge(ctx.store.db, text, plan.mapping, new Set(plan.exclude)));
    const errors = j.rows.flatMap((r) => r.errors);
    const shown = query.onlyErrors ? j.rows.filter((r) => r.errors.length > 0) : j.rows;
    const start = (query.page - 1) * query.pageSize;
    const inGroup = plan.group !== null;
    return {
      counts: j.counts,
      errors: errors.slice(0, MAX_ERRORS),
      errorsCapped: errors.length > MAX_ERRORS,
      notInGroup: inGroup ? j.counts.update + j.counts.unchanged : 0,
      page: query.page,
      pageSize: query.pageSize,
      total: shown.length,
      items: shown.slice(start, start + query.pageSize).map((r) => ({
        row: r.row,
        action: r.action,
        cells: r.cells,
        errors: r.errors,
        groupNotApplied: inGroup && (r.action === 'update' || r.action === 'unchanged'),
      })),
    };
  },
  'imports.report': async ({ req, ctx, staff, params, reply }) => {
    const f = importFiles(req.server);
    const plan = await f.planOf(ctx.store.db, params.importId, staff.id);
    const text = await f.read(ctx.store.db, params.importId, staff.id, plan);
    const j = await f.judgement(params.importId, plan, () => judge(ctx.store.db, text, plan.mapping, new Set(plan.exclude)));
    const keyOf = new Map(importFields.map((x) => [x.header, x.key]));
    const rows = j.rows.flatMap((r) =>
      r.errors.map((e) => {
        const key = keyOf.get(e.column);
        return { ...e, value: key ? (r.cells[key] ?? '') : '' };
      }),
    );
    reply.type(XLSX_CONTENT_TYPE).header('content-disposition', 'attachment; filename="importcontrole.xlsx"').header('cache-control', 'no-store');
    return importReport(rows);
  },
  'imports.commit': async ({ req, ctx, staff, params }) => {
    const f = importFiles(req.server);
    const plan = await f.planOf(ctx.store.db, params.importId, staff.id);
    const text = await f.read(ctx.store.db, params.importId, staff.id, plan);
    const now = ctx.clock.now();
    const done = await audited(
      req,
      (c: { counts: { rows: number; create: number; update: number; unchanged: number; skip: number } }) => ({
        action: 'import.commit',
        target: `import:${params.importId}`,
        details: { ...c.counts, group: plan.group },
      }),
      async (trx) => {
        // Checked again inside the transaction (one import commit at a time): what is written is what was judged just now.
        await serialiseImports(trx);
        const j = await judge(trx, text, plan.mapping, new Set(plan.exclude));
        const c = await commitJudgement(trx, j, plan.group, now);
        const remembered = JSON.stringify(rememberedFrom(text.headers, plan.mapping));
        await trx
          .insertInto('import_mappings')
          .values({ scope: MAPPING_SCOPE, mapping: remembered, updated_at: now.toISOString() })
          .onConflict((oc) => oc.column('scope').doUpdateSet({ mapping: remembered, updated_at: now.toISOString() }))
          .execute();
        await trx.updateTable('imports').set({ committed_at: now.toISOString() }).where('id', '=', params.importId).execute();
        return c;
      },
    );
    f.forgetJudgement();
    return { counts: done.counts, customerNumbers: [...done.created, ...done.updated], created: done.created };
  },

  'groups.list': async ({ ctx }) => ({ items: await listGroups(ctx.store.db) }),
  'groups.create': async ({ req, ctx, body }) =>
    audited(
      req,
      (g: CustomerGroup) => ({ action: 'customer_group.create', target: `customer-group:${g.id}`, details: { name: g.name, rights: g.rights } }),
      (trx) => createGroup(trx, body, ctx.clock.now()),
    ),
  'groups.update': async ({ req, params, body }) =>
    audited(req, { action: 'customer_group.update', target: `customer-group:${params.id}`, details: { ...body, version: undefined } }, (trx) =>
      updateGroup(trx, params.id, body),
    ),
  'groups.remove': async ({ req, params }) => {
    await audited(
      req,
      (g: CustomerGroup) => ({ action: 'customer_group.delete', target: `customer-group:${params.id}`, details: { name: g.name, members: g.members } }),
      (trx) => deleteGroup(trx, params.id),
    );
  },
  'groups.members': async ({ ctx, params, query }) => groupMembers(ctx.store.db, params.id, query.page, query.pageSize),
  'customers.groups': async ({ ctx, params }) => ({ items: await groupsOfCustomer(ctx.store.db, params.customerNumber) }),

  'bulk.count': async ({ ctx, query }) => {
    if (query.group !== undefined) await getGroup(ctx.store.db, query.group);
    return countSelection(ctx.store.db, query);
  },
  'bulk.accounts': async ({ req, ctx, staff, body }) => startBulk(req, staff, 'bulk_accounts', body, ctx.clock.now()),
  'bulk.letters': async ({ req, ctx, staff, body }) => startBulk(req, staff, 'activation_letters', body, ctx.clock.now()),
  'jobs.list': async ({ ctx, staff }) => {
    const rows = await ctx.store.db.selectFrom('jobs').selectAll().where('staff_id', '=', staff.id).orderBy('created_at', 'desc').limit(50).execute();
    return { items: rows.map((r) => toJob(r, ctx.clock.now())) };
  },
  'jobs.get': async ({ ctx, staff, params }) => toJob(await ownJob(ctx.store.db, params.jobId, staff.id), ctx.clock.now()),
  'jobs.items': async ({ ctx, staff, params, query }) => {
    await ownJob(ctx.store.db, params.jobId, staff.id);
    let q = ctx.store.db.selectFrom('job_items').where('job_id', '=', params.jobId);
    if (query.state) q = q.where('state', '=', query.state);
    const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .selectAll()
      .orderBy('seq')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute();
    return { items: rows.map(toJobItem), total: Number(total.n), page: query.page, pageSize: query.pageSize };
  },
  'jobs.cancel': async ({ req, ctx, staff, params }) => {
    const row = await audited(req, { action: 'job.cancel', target: `job:${params.jobId}` }, (trx) => cancelJob(trx, params.jobId, staff.id, ctx.clock.now()));
    return toJob(row, ctx.clock.now());
  },
});
