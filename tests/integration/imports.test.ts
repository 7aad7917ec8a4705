import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/client';
import { IMPORT_LIMIT_BYTES } from '../../shared/api/imports';
import { importFields } from '../../shared/domain/importColumns';
import { pdfPageTexts } from './support/pdfText';
import { failure, startTestServer, type TestServer } from './support/testServer';
import { insertHousehold } from './customersFixture';

// The import wizard's server side (H1), customer groups (H2) and bulk jobs (H4), over HTTP with real files.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const headers = importFields.map((f) => f.header);

type Row = Partial<Record<(typeof importFields)[number]['key'], string>>;
const row = (n: number, extra: Row = {}): Row => ({
  customerNumber: `HM-0${String(81000 + n)}`,
  name: `B. Bakker ${n}`,
  street: 'Dorpsstraat',
  houseNumber: String(n),
  postcode: '1234 AB',
  city: 'Utrecht',
  email: `b${n}@example.nl`,
  phone: '06-12345678',
  ...extra,
});

/** The template as downloaded, filled in with `rows` below its header (the example row replaced). */
async function filledTemplate(c: ApiClient, rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await c.call('imports.template'));
  const ws = wb.getWorksheet('Klanten')!;
  ws.spliceRows(2, 1);
  for (const r of rows) ws.addRow(importFields.map((f) => r[f.key] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function csv(rows: Row[], sep = ';'): string {
  return [headers.join(sep), ...rows.map((r) => importFields.map((f) => r[f.key] ?? '').join(sep))].join('\r\n');
}

async function plan(c: ApiClient, bytes: Buffer, contentType: string, body: { exclude?: number[]; group?: number | null } = {}) {
  const f = await c.call('imports.upload', { upload: { bytes, contentType } });
  const counts = await c.call('imports.plan', { params: { importId: f.importId }, body: { mapping: f.mapping, ...body } });
  return { file: f, counts };
}

describe('import, groups and bulk jobs', () => {
  let s: TestServer;
  let c: ApiClient;

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('beheer1', 'Geheim!123', ['kcc-admin']);
    c = s.client(await s.signIn('beheer1', 'Geheim!123'));
    await insertHousehold(s, 'HM-081001');
  });
  afterAll(async () => s.close());

  it('template round trip: columns, an example row and a note per column; read back as it was written', async () => {
    const bytes = Buffer.from(await c.call('imports.template'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer);
    const ws = wb.getWorksheet('Klanten')!;
    expect((ws.getRow(1).values as string[]).slice(1)).toEqual(headers);
    expect(importFields.every((f, i) => typeof ws.getRow(1).getCell(i + 1).note !== 'undefined')).toBe(true);
    expect(ws.getRow(2).getCell(1).value).toBe('HM-009001');
    const { file, counts } = await plan(c, bytes, XLSX);
    expect(file).toMatchObject({ kind: 'xlsx', sheets: ['Klanten', 'Toelichting'], sheet: 'Klanten', rows: 1 });
    expect(Object.values(file.mapping).every((v) => v !== null)).toBe(true);
    expect(counts).toMatchObject({ rows: 1, create: 1, invalid: 0 });
  });

  it('dry run and commit give the same counts; one bad row writes nothing; the same file twice creates nothing', async () => {
    const rows = [row(5), row(6), row(7, { postcode: '123 AB' }), row(8, { customerNumber: 'HM-081001' })];
    const bad = Buffer.from(csv(rows), 'utf8');
    const before = await s.store.db.selectFrom('households').select('id').execute();
    const dry = await c.call('imports.run', { query: { dryRun: true }, upload: { bytes: bad, contentType: 'text/csv' } });
    expect(dry).toMatchObject({ rows: 4, create: 2, committed: false });
    expect(dry.errors).toEqual([{ row: 4, column: 'Postcode', message: 'Postcode heeft 4 cijfers en 2 letters, bijv. 3704 XC' }]);
    const refused = await c.call('imports.run', { query: { dryRun: false }, upload: { bytes: bad, contentType: 'text/csv' } });
    expect(refused.committed).toBe(false);
    // Through the wizard the commit refuses too, naming row and column; nothing was written either way.
    const { file } = await plan(c, bad, 'text/csv');
    const e = await failure(c.call('imports.commit', { params: { importId: file.importId } }));
    expect(e.info).toMatchObject({ code: 'validation', details: { fields: { 'rij 4 · Postcode': ['Postcode heeft 4 cijfers en 2 letters, bijv. 3704 XC'] } } });
    expect(await s.store.db.selectFrom('households').select('id').execute()).toHaveLength(before.length);

    rows[2] = row(7);
    const good = Buffer.from(csv(rows), 'utf8');
    const dry2 = await c.call('imports.run', { query: { dryRun: true }, upload: { bytes: good, contentType: 'text/csv' } });
    const done = await c.call('imports.run', { query: { dryRun: false }, upload: { bytes: good, contentType: 'text/csv' } });
    expect([dry2.create, dry2.update, dry2.unchanged]).toEqual([3, 1, 0]);
    expect(done).toMatchObject({ create: 3, update: 1, unchanged: 0, committed: true, errors: [] });
    const again = await c.call('imports.run', { query: { dryRun: false }, upload: { bytes: good, contentType: 'text/csv' } });
    expect(again).toMatchObject({ create: 0, update: 0, unchanged: 4, committed: true });
    expect(await s.store.db.selectFrom('households').select('id').execute()).toHaveLength(before.length + 3);
    // The lookup index follows: an imported customer is found by name and by address.
    expect((await c.call('customers.search', { query: { q: 'Bakker 6' } })).items.map((r) => r.customerNumber)).toContain('HM-081006');
    expect((await c.call('customers.search', { query: { q: 'Dorpsstraat 7' } })).items.map((r) => r.customerNumber)).toContain('HM-081007');
  });

  it('reads CSV in Windows-1252 with "," and UTF-8 with a BOM; leading zeros stay; the separator can be overridden', async () => {
    const rows = [row(11, { name: 'Jürgen Ærø', customerNumber: 'HM-0081011', phone: '0301234567' })];
    const text = csv(rows, ',');
    const cp1252 = Buffer.from(text, 'latin1');
    const { file } = await plan(c, cp1252, 'text/csv');
    expect(file).toMatchObject({ separator: ',', encoding: 'windows-1252' });
    expect(file.sample[0]?.[0]).toBe('HM-0081011');
    expect(file.sample[0]?.[1]).toBe('Jürgen Ærø');
    const page = await c.call('imports.preview', { params: { importId: file.importId } });
    expect(page.items[0]?.cells).toMatchObject({ customerNumber: 'HM-0081011', phone: '0301234567' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(rows, ';'), 'utf8')]);
    const utf = await c.call('imports.upload', { upload: { bytes: bom, contentType: 'text/csv' } });
    expect(utf).toMatchObject({ separator: ';', encoding: 'utf-8' });
    expect(utf.headers[0]).toBe('Klantnummer');
    const forced = await c.call('imports.read', { params: { importId: utf.importId }, query: { separator: ',' } });
    expect(forced.headers).toHaveLength(1);
  });

  it('preview: errors per cell with row, column and reason; "only errors"; the report as .xlsx, formula-safe', async () => {
    const rows = [row(21), row(22, { email: 'geen-mail', houseNumber: '12a' }), row(21, { name: '=HYPERLINK("x")' }), row(24, { birthDate: '31-02-1980', initials: 'A.', firstName: 'A', lastName: 'B' })];
    const { file, counts } = await plan(c, Buffer.from(csv(rows), 'utf8'), 'text/csv', { exclude: [] });
    expect(counts).toMatchObject({ rows: 4, create: 1, invalid: 3 });
    const only = await c.call('imports.preview', { params: { importId: file.importId }, query: { onlyErrors: true } });
    expect(only.items.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(only.errors).toEqual([
      { row: 3, column: 'Huisnummer', message: 'Huisnummer bevat alleen cijfers; zet een toevoeging in de kolom Toevoeging' },
      { row: 3, column: 'E-mail', message: 'Ongeldig e-mailadres' },
      { row: 4, column: 'Klantnummer', message: 'Klantnummer HM-081021 staat ook in rij 2' },
      { row: 5, column: 'Geboortedatum', message: 'Geen geldige datum (dd-mm-jjjj of jjjj-mm-dd)' },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await c.call('imports.report', { params: { importId: file.importId } }));
    const ws = wb.getWorksheet('Fouten')!;
    expect(ws.rowCount).toBe(5);
    expect(ws.getRow(3).values).toEqual([undefined, 3, 'E-mail', 'Ongeldig e-mailadres', 'geen-mail']);
    // Leaving the bad rows out: they count as skipped, and the rest can be imported.
    const ok = await c.call('imports.plan', { params: { importId: file.importId }, body: { mapping: file.mapping, exclude: [3, 4, 5] } });
    expect(ok).toMatchObject({ create: 1, skip: 3, invalid: 0 });
  });

  it('a file over the limit is refused with the limit named', async () => {
    const e = await failure(c.call('imports.upload', { upload: { bytes: Buffer.alloc(IMPORT_LIMIT_BYTES + 1, 0x41), contentType: 'text/csv' } }));
    expect(e.status).toBe(413);
    expect(e.info.message).toContain('25 MiB');
  });

  it('groups: rights are portal functions; only new customers join; bulk accounts and letters as jobs', async () => {
    const bad = await failure(c.call('groups.create', { body: { name: 'X', rights: ['nope'] } }));
    expect(bad.status).toBe(400);
    const g = await c.call('groups.create', { body: { name: 'Complex Zuid', description: 'Overgenomen', rights: ['repairs', 'finance', 'repairs'] } });
    expect(g.rights).toEqual(['repairs', 'finance']);
    expect((await failure(c.call('groups.create', { body: { name: 'complex zuid' } }))).status).toBe(400);

    // HM-081001 exists: the preview says the group does not apply to it; only the new one joins.
    // (HM-081001 holds what the second test imported into it.)
    const rows = [row(31), row(8, { customerNumber: 'HM-081001' })];
    const { file } = await plan(c, await filledTemplate(c, rows), XLSX, { group: g.id });
    const preview = await c.call('imports.preview', { params: { importId: file.importId } });
    expect(preview.notInGroup).toBe(1);
    expect(preview.items.map((r) => [r.row, r.action, r.groupNotApplied])).toEqual([
      [2, 'create', false],
      [3, 'unchanged', true],
    ]);
    const committed = await c.call('imports.commit', { params: { importId: file.importId } });
    expect(committed.created).toEqual(['HM-081031']);
    const members = await c.call('groups.members', { params: { id: g.id } });
    expect(members.items.map((m) => m.customerNumber)).toEqual(['HM-081031']);
    expect((await c.call('customers.groups', { params: { customerNumber: 'HM-081031' } })).items).toEqual([{ id: g.id, name: 'Complex Zuid', rights: ['repairs', 'finance'] }]);
    expect((await c.call('customers.groups', { params: { customerNumber: 'HM-081001' } })).items).toEqual([]);
    // The mapping is remembered: a file with renamed headers maps them as last time.
    expect((await c.call('imports.read', { params: { importId: file.importId } })).mapping.customerNumber).toBe(0);

    expect(await c.call('bulk.count', { query: { group: g.id } })).toEqual({ total: 1, withoutAccount: 1 });
    const { jobId } = await c.call('bulk.accounts', { body: { group: g.id } });
    let job = await c.call('jobs.get', { params: { jobId } });
    for (let i = 0; i < 100 && job.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = await c.call('jobs.get', { params: { jobId } });
    }
    expect(job).toMatchObject({ kind: 'bulk_accounts', state: 'done', done: 1, total: 1, failed: 0 });
    const account = await s.store.db.selectFrom('accounts').selectAll().where('customer_number', '=', 'HM-081031').executeTakeFirstOrThrow();
    expect(account).toMatchObject({ username: 'hm-081031', confirmed_at: null });
    const items = await c.call('jobs.items', { params: { jobId } });
    expect(items.items).toMatchObject([{ customerNumber: 'HM-081031', state: 'done' }]);
    // The letters: mailing 2 with the code alone.
    const code = (await s.store.db.selectFrom('households').select('activation_code').where('customer_number', '=', 'HM-081031').executeTakeFirstOrThrow()).activation_code;
    expect(job.resultUrl).toBe(`/activation-letters/${jobId}/mailings/1`);
    const pdf = Buffer.from(await c.call('letters.pdf', { params: { jobId, part: 2 } }));
    expect(pdfPageTexts(pdf)).toEqual([expect.stringContaining(`Uw activeercode: ${code}`)]);
    // A second run skips the household that has its account now.
    const second = await c.call('bulk.accounts', { body: { customerNumbers: ['HM-081031'] } });
    await expect.poll(async () => (await c.call('jobs.get', { params: { jobId: second.jobId } })).state).toBe('done');
    expect((await c.call('jobs.items', { params: { jobId: second.jobId } })).items).toMatchObject([{ state: 'skipped', message: 'Heeft al een account' }]);
    const audit = await s.store.db.selectFrom('audit_log').select(['action', 'customer_number']).where('action', 'like', 'job.%').execute();
    expect(audit.filter((a) => a.action === 'job.item.account').map((a) => a.customer_number)).toEqual(['HM-081031']);
    expect(audit.filter((a) => a.action === 'job.start')).toHaveLength(2);

    // Someone else's job is not theirs to see.
    await s.addStaff('beheer2', 'Geheim!123', ['admin']);
    const other = s.client(await s.signIn('beheer2', 'Geheim!123'));
    expect((await failure(other.call('jobs.get', { params: { jobId } }))).status).toBe(403);
  });
});

describe('stopping a running job', () => {
  it('stops after the chunk in hand: the items done stay done (with their letters), the rest stay undone', async () => {
    // Slowed down in this server only: 2 items per chunk, a pause after each.
    process.env.KCC_JOB_CHUNK = '2';
    process.env.KCC_JOB_PACE_MS = '100';
    const s = await startTestServer();
    delete process.env.KCC_JOB_CHUNK;
    delete process.env.KCC_JOB_PACE_MS;
    try {
      await s.addStaff('beheer1', 'Geheim!123', ['kcc-admin']);
      const c = s.client(await s.signIn('beheer1', 'Geheim!123'));
      const numbers = Array.from({ length: 30 }, (_, i) => `HM-0${String(83001 + i)}`);
      await s.store.db
        .insertInto('households')
        .values(numbers.map((n, i) => ({ customer_number: n, name: 'A', corr_street: 'Laan', corr_house_number: i + 1, corr_postcode: '3704 XC', corr_city: 'Zeist' })))
        .execute();
      const { jobId } = await c.call('bulk.letters', { body: { customerNumbers: numbers } });
      await expect.poll(async () => (await c.call('jobs.get', { params: { jobId } })).done).toBeGreaterThanOrEqual(4);
      expect(await c.call('jobs.cancel', { params: { jobId } })).toMatchObject({ cancelRequested: true });
      await expect.poll(async () => (await c.call('jobs.get', { params: { jobId } })).state).toBe('cancelled');
      const job = await c.call('jobs.get', { params: { jobId } });
      expect(job.done).toBeLessThan(30);
      const pending = await c.call('jobs.items', { params: { jobId }, query: { state: 'pending' } });
      expect(pending.total).toBe(30 - job.done);
      const coded = await s.store.db.selectFrom('households').select('id').where('activation_code', 'is not', null).execute();
      expect(coded).toHaveLength(job.done);
      expect(pdfPageTexts(Buffer.from(await c.call('letters.pdf', { params: { jobId, part: 2 } })))).toHaveLength(job.done);
      expect((await failure(c.call('jobs.cancel', { params: { jobId } }))).status).toBe(409);
    } finally {
      await s.close();
    }
  });
});
