import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/client';
import { labelDefaults } from '../../server/labels/catalogue/index';
import { failure, startTestServer, type TestServer } from './support/testServer';

const KEY = 'MyContracts.Label_PropertyValuationInformation';

async function sheetOf(bytes: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}
async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
/** The sheet row (1-based) holding a key. */
function rowOf(ws: ExcelJS.Worksheet, key: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((r) => {
    if (r.getCell(1).value === key) found = r;
  });
  if (!found) throw new Error(`no row for ${key}`);
  return found;
}

// Flexible labels: search, edit with placeholder rules, 409, reset, history, outdated, Excel round-trip, portal texts.
describe('flexible labels', () => {
  let s: TestServer;
  let anna: ApiClient;
  let bram: ApiClient;
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin']);
    await s.addStaff('bram', 'Geheim!2026', ['admin']);
    await s.addStaff('kees', 'Geheim!2026', ['kcc']);
    anna = s.client(await s.signIn('anna', 'Geheim!2026'));
    bram = s.client(await s.signIn('bram', 'Geheim!2026'));
  });
  afterAll(async () => s.close());

  it('ships several hundred labels on the pages the manual lists, in Dutch and English', async () => {
    const pages = await anna.call('labels.pages');
    for (const p of ['AccountRequests', 'CancelRepairment', 'ChangePassword', 'Contact', 'ContractTermination', 'CustomerQuestion', 'EditRepairment', 'EmailChangeConfirmation', 'ForgotVerificationCode', 'Generic', 'Home', 'KnowledgeBase', 'Login', 'Menu', 'MyContracts']) {
      expect(pages).toContain(p);
    }
    expect(labelDefaults.length).toBeGreaterThanOrEqual(300);
    const en = await s.client().call('portal.labels', { query: { lang: 'en' } });
    expect(en['Login.Button_Login']).toBe('Sign in');
    expect(Object.keys(en)).toHaveLength(labelDefaults.length);
  });

  it('finds a label by page name and by a part of its text across pages; kcc may not', async () => {
    const byPage = await anna.call('labels.list', { query: { page: 'MyContracts', pageSize: 100 } });
    expect(byPage.items.every((l) => l.page === 'MyContracts')).toBe(true);
    expect(byPage.items.map((l) => l.key)).toContain(KEY);
    const byText = await anna.call('labels.list', { query: { q: 'maximale huurprijs. Dit aantal' } });
    expect(byText.items.map((l) => l.key)).toEqual([KEY]);
    const kees = s.client(await s.signIn('kees', 'Geheim!2026'));
    expect((await failure(kees.call('labels.list'))).status).toBe(403);
  });

  it('refuses a text whose placeholders differ from the default (400 naming them), changes nothing', async () => {
    const l = await anna.call('labels.get', { params: { key: 'Home.Label_Greeting' } });
    expect(l.placeholders).toEqual(['name']);
    const missing = await failure(anna.call('labels.update', { params: { key: l.key }, body: { text: 'Hallo daar', version: l.version } }));
    expect(missing.status).toBe(400);
    expect(missing.fieldErrors().text).toContain('{name}');
    const unknown = await failure(anna.call('labels.update', { params: { key: l.key }, body: { text: 'Hallo {name} {iban}', version: l.version } }));
    expect(unknown.fieldErrors().text).toContain('Onbekende plaatshouder: {iban}');
    expect((await anna.call('labels.get', { params: { key: l.key } })).overridden).toBe(false);
    const ok = await anna.call('labels.update', { params: { key: l.key }, body: { text: 'Dag {name}!', version: l.version } });
    expect(ok).toMatchObject({ text: 'Dag {name}!', overridden: true, version: 1, updatedBy: 'anna' });
  });

  it('two admins on one label: the second save gets 409 and the first text stays', async () => {
    const l = await anna.call('labels.get', { params: { key: 'Menu.Menu_Logout' } });
    await anna.call('labels.update', { params: { key: l.key }, body: { text: 'Afmelden', version: l.version } });
    const stale = await failure(bram.call('labels.update', { params: { key: l.key }, body: { text: 'Uitloggen nu', version: l.version } }));
    expect(stale.status).toBe(409);
    expect(stale.currentVersion).toBe(l.version + 1);
    expect((await s.client().call('portal.labels'))['Menu.Menu_Logout']).toBe('Afmelden');
  });

  it('is live on /portal/labels, resets to the default, and keeps the history', async () => {
    const l = await anna.call('labels.get', { params: { key: KEY } });
    const changed = await anna.call('labels.update', { params: { key: KEY }, body: { text: 'Woningwaardering: punten voor de maximale huurprijs.', version: l.version } });
    expect((await s.client().call('portal.labels', { query: { lang: 'nl' } }))[KEY]).toBe('Woningwaardering: punten voor de maximale huurprijs.');
    expect((await anna.call('labels.list', { query: { overridden: true, pageSize: 100 } })).items.map((x) => x.key)).toContain(KEY);
    const reset = await anna.call('labels.reset', { params: { key: KEY } });
    expect(reset).toMatchObject({ overridden: false, text: l.defaultText, version: changed.version + 1 });
    expect((await s.client().call('portal.labels'))[KEY]).toBe(l.defaultText);
    const history = await anna.call('labels.history', { params: { key: KEY } });
    expect(history.items.map((h) => h.text)).toEqual([null, 'Woningwaardering: punten voor de maximale huurprijs.']);
    expect(history.items[0]?.changedBy).toBe('anna');
    // A save with the version from before the reset is stale.
    expect((await failure(anna.call('labels.update', { params: { key: KEY }, body: { text: 'X', version: changed.version } }))).status).toBe(409);
  });

  it('marks an override outdated when the shipped default changed after it was saved', async () => {
    const l = await anna.call('labels.get', { params: { key: 'Login.Label_Or' } });
    await anna.call('labels.update', { params: { key: l.key }, body: { text: 'of', version: l.version } });
    // As if the override had been written against an older default.
    await s.store.db.updateTable('label_overrides').set({ default_hash: 'oud', default_text: 'Ofwel' }).where('key', '=', l.key).execute();
    const now = await anna.call('labels.get', { params: { key: l.key } });
    expect(now).toMatchObject({ outdated: true, savedDefaultText: 'Ofwel', text: 'of' });
  });

  it('exports formula-safe cells and imports a round-trip: dry run first, all or nothing', async () => {
    // A text that a spreadsheet would run as a formula.
    const g = await anna.call('labels.get', { params: { key: 'Generic.Label_Yes' } });
    await anna.call('labels.update', { params: { key: g.key }, body: { text: '=HYPERLINK("http://kwaad.example","Ja")', version: g.version } });
    const wb = await sheetOf(await anna.call('labels.export', { query: { lang: 'nl' } }));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).values).toEqual([undefined, 'key', 'page', 'default', 'text', 'version']);
    expect(rowOf(ws, g.key).getCell(4).value).toBe(`'=HYPERLINK("http://kwaad.example","Ja")`);
    expect(ws.rowCount).toBe(labelDefaults.length + 1);

    // Two good changes and one broken row (a lost placeholder): nothing is written.
    rowOf(ws, 'Login.Button_Login').getCell(4).value = 'Aanmelden';
    rowOf(ws, 'Generic.Label_No').getCell(4).value = 'Neen';
    rowOf(ws, 'Generic.Label_Pagination').getCell(4).value = '{from} tot {to}';
    const unknownRow = ws.addRow(['Bestaat.Niet', 'X', '', 'iets', 0]);
    const broken = await bytesOf(wb);
    const dry = await anna.call('labels.import', { query: { lang: 'nl', dryRun: true }, upload: { bytes: broken } });
    expect(dry).toMatchObject({ applied: false, dryRun: true, changed: 2 });
    expect(dry.errors).toEqual([
      expect.objectContaining({ key: 'Generic.Label_Pagination', message: expect.stringContaining('{total}') }),
      expect.objectContaining({ key: 'Bestaat.Niet', row: unknownRow.number, message: expect.stringContaining('Onbekende key') }),
    ]);
    const refused = await anna.call('labels.import', { query: { lang: 'nl', dryRun: false }, upload: { bytes: broken } });
    expect(refused.applied).toBe(false);
    expect((await s.client().call('portal.labels'))['Login.Button_Login']).toBe('Inloggen');

    // Fixed: both changes land; the formula text came back unchanged (unchanged row, no double quote).
    rowOf(ws, 'Generic.Label_Pagination').getCell(4).value = '{from} tot {to} van de {total}';
    ws.spliceRows(unknownRow.number, 1);
    const fixed = await anna.call('labels.import', { query: { lang: 'nl', dryRun: false }, upload: { bytes: await bytesOf(wb) } });
    expect(fixed).toMatchObject({ applied: true, changed: 3, errors: [] });
    const texts = await s.client().call('portal.labels');
    expect(texts['Login.Button_Login']).toBe('Aanmelden');
    expect(texts['Generic.Label_Yes']).toBe('=HYPERLINK("http://kwaad.example","Ja")');
    const audit = await s.store.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'label.import').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.details).toContain('"applied":true');

    // The same file again is stale now (versions moved on): refused per row.
    const again = await anna.call('labels.import', { query: { lang: 'nl', dryRun: true }, upload: { bytes: await bytesOf(wb) } });
    expect(again.errors.some((e) => e.key === 'Login.Button_Login' && e.message.startsWith('Verouderde rij'))).toBe(true);
  });

  it('refuses a formula cell and a file that is no workbook', async () => {
    const wb = await sheetOf(await anna.call('labels.export', { query: { lang: 'en' } }));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    rowOf(ws, 'Menu.Menu_Home').getCell(4).value = { formula: '1+1', result: 2 };
    const r = await anna.call('labels.import', { query: { lang: 'en', dryRun: true }, upload: { bytes: await bytesOf(wb) } });
    expect(r.errors).toEqual([expect.objectContaining({ key: 'Menu.Menu_Home', message: expect.stringContaining('formule') })]);
    const junk = await anna.call('labels.import', { query: { lang: 'en', dryRun: false }, upload: { bytes: new TextEncoder().encode('geen excel') } });
    expect(junk.errors[0]?.message).toContain('geen leesbaar Excel-bestand');
  });
});
