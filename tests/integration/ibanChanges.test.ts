import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWeborderCreationGuards } from '../../server/weborders/creationGuards';
import { hashPassword } from '../../server/security/passwords';
import { insertHousehold } from './customersFixture';
import { NEW_IBAN, OLD_IBAN, insertPartner, pngProof } from './helpdeskFixture';
import { newWeborder, seedWeborderFixture } from './weborderFixture';
import { failure, startTestServer, type TestServer } from './support/testServer';

const DAY = 86_400_000;

// G1–G4: entered by one helpdesk member, decided by another; the database holds the four eyes too.
describe('IBAN changes under four eyes', () => {
  let s: TestServer;
  let a: ReturnType<TestServer['client']>;
  let b: ReturnType<TestServer['client']>;
  let aId: number;
  let partnerId: number;

  beforeAll(async () => {
    s = await startTestServer();
    aId = await s.addStaff('helpdesk-a', 'Geheim!2026', ['helpdesk'], 'Anna Helpdesk');
    await s.addStaff('helpdesk-b', 'Geheim!2026', ['helpdesk'], 'Bram Helpdesk');
    await s.addStaff('kcc', 'Geheim!2026', ['kcc']);
    a = s.client(await s.signIn('helpdesk-a', 'Geheim!2026'));
    b = s.client(await s.signIn('helpdesk-b', 'Geheim!2026'));
    await seedWeborderFixture(s);
    partnerId = await insertPartner(s);
  });
  afterAll(async () => s.close());

  const enter = (over: Record<string, unknown> = {}) =>
    a.call('ibanChanges.create', {
      body: { party: 'partner', partyId: partnerId, oldIban: 'nl91 abna 0417 1643 00', newIban: NEW_IBAN, accountName: 'Stichting De Spiegel', directorCc: 'directeur@spiegel.nl', proof: pngProof, ...over },
    });

  it('checks the IBANs: checksum (details.newIban), the old one must be the current one (details.oldIban)', async () => {
    const bad = await failure(enter({ newIban: 'NL45RABO0123456789' }));
    expect(bad.status).toBe(400);
    expect(bad.info.code === 'validation' && bad.info.details?.fields.newIban?.[0]).toMatch(/controlegetal/);
    const notCurrent = await failure(enter({ oldIban: 'NL69INGB0123456789' }));
    expect(notCurrent.info.code === 'validation' && notCurrent.info.details?.fields.oldIban?.[0]).toMatch(/niet het IBAN dat nu/);
    const noName = await failure(enter({ accountName: '  ' }));
    expect(noName.info.code === 'validation' && Object.keys(noName.info.details?.fields ?? {})).toContain('accountName');
  });

  it('refuses a proof that is not PDF, PNG or JPEG by its bytes, or over 5 MB', async () => {
    const text = await failure(enter({ proof: { fileName: 'afschrift.pdf', contentType: 'application/pdf', dataBase64: Buffer.from('hallo, geen pdf').toString('base64') } }));
    expect(text.info.code === 'validation' && text.info.details?.fields.proof?.[0]).toMatch(/PDF, PNG of JPEG/);
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, 0);
    Buffer.from('%PDF-1.7').copy(big);
    const tooBig = await failure(enter({ proof: { fileName: 'groot.pdf', contentType: 'application/pdf', dataBase64: big.toString('base64') } }));
    expect(tooBig.status).toBe(400);
    expect(JSON.stringify(tooBig.info)).toMatch(/5 MB/);
    expect((await a.call('ibanChanges.list', { query: { status: 'all' } })).total).toBe(0);
  });

  let changeId = 0;
  it('enters a change: whole IBANs in the details, masked in the list; a second one for the partner points to the first', async () => {
    const c = await enter();
    changeId = c.id;
    expect(c).toMatchObject({ status: 'pending', oldIban: 'NL91 ABNA 0417 1643 00', newIban: 'NL44 RABO 0123 4567 89', newBank: 'Rabobank', enteredBy: 'Anna Helpdesk' });
    const list = await b.call('ibanChanges.list', { query: { status: 'pending' } });
    expect(list.items.map((i) => i.newIban)).toEqual(['NL44 **** **** **67 89']);
    // The text filter ignores ASCII case on both engines (PostgreSQL's LIKE alone would not).
    expect((await b.call('ibanChanges.list', { query: { status: 'pending', q: 'de SPIEGEL' } })).total).toBe(1);
    expect((await b.call('ibanChanges.list', { query: { status: 'pending', q: 'Spiegel%' } })).total).toBe(0);
    const second = await failure(enter({ newIban: 'NL69INGB0123456789' }));
    expect(second.status).toBe(409);
    expect(second.info.code === 'conflict' && second.info.details?.existingId).toBe(c.id);
    expect(second.message).toContain(`nummer ${c.id}`);
  });

  it('serves the proof to helpdesk staff only, with its own type', async () => {
    const bytes = await b.call('ibanChanges.proof', { params: { id: changeId } });
    expect(Buffer.from(bytes).equals(Buffer.from(pngProof.dataBase64, 'base64'))).toBe(true);
    const raw = await s.api('GET', `/iban-changes/${changeId}/proof`, { token: await s.signIn('kcc', 'Geheim!2026') });
    expect(raw.status).toBe(403);
    expect((await s.api('GET', `/iban-changes/${changeId}/proof`)).status).toBe(401);
  });

  it('G4: a new weborder for the partner is refused (409) while the change is pending, with a message the helpdesk understands', async () => {
    const e = await failure(b.call('weborders.create', { body: newWeborder({ partnerId }) }));
    expect(e.status).toBe(409);
    expect(e.info.code === 'conflict' && e.info.details).toMatchObject({ reason: 'iban_change_pending', existingId: changeId });
    expect(e.message).toMatch(/IBAN-wijziging.*geen nieuwe weborders/);
    // Other partners are not held up.
    expect((await b.call('weborders.create', { body: newWeborder({ partnerId: 1 }) })).status).toBe('pending');
  });

  it('four eyes: the one who entered it may not approve or reject (403 four_eyes)', async () => {
    const own = await failure(a.call('ibanChanges.approve', { params: { id: changeId }, body: { version: 1 } }));
    expect(own.status).toBe(403);
    expect(own.code).toBe('four_eyes');
    expect((await failure(a.call('ibanChanges.reject', { params: { id: changeId }, body: { reason: 'Klopt niet', version: 1 } }))).code).toBe('four_eyes');
  });

  it('four eyes in the database: a direct write deciding as the one who entered it is refused', async () => {
    await expect(
      s.store.db
        .updateTable('iban_changes')
        .set({ status: 'approved', decided_by_staff_id: aId, decided_by_name: 'x', decided_at: s.clock.now().toISOString() })
        .where('id', '=', changeId)
        .execute(),
    ).rejects.toThrow(/check constraint/i);
    // Nor can a decision be written without a decider.
    await expect(s.store.db.updateTable('iban_changes').set({ status: 'approved' }).where('id', '=', changeId).execute()).rejects.toThrow(/check constraint/i);
  });

  it('a rejection needs a reason', async () => {
    const e = await failure(b.call('ibanChanges.reject', { params: { id: changeId }, body: { reason: '', version: 1 } }));
    expect(e.info.code === 'validation' && Object.keys(e.info.details?.fields ?? {})).toContain('reason');
  });

  it('approval by a colleague updates the bank details in the same transaction and audits before and after', async () => {
    const done = await b.call('ibanChanges.approve', { params: { id: changeId }, body: { version: 1 } });
    expect(done).toMatchObject({ status: 'approved', decidedBy: 'Bram Helpdesk' });
    const p = await s.store.db.selectFrom('partners').select(['iban', 'iban_account_name']).where('id', '=', partnerId).executeTakeFirstOrThrow();
    expect(p).toEqual({ iban: NEW_IBAN, iban_account_name: 'Stichting De Spiegel' });
    const entry = await s.store.db.selectFrom('audit_log').select(['actor', 'details']).where('action', '=', 'iban_change.approve').executeTakeFirstOrThrow();
    expect(entry.actor).toBe('helpdesk-b');
    const details = JSON.parse(entry.details ?? '{}') as { before: { iban: string }; after: { iban: string } };
    expect(details.before.iban).toBe(OLD_IBAN);
    expect(details.after.iban).toBe(NEW_IBAN);
    // The entry of the creation shows them masked.
    const created = await s.store.db.selectFrom('audit_log').select('details').where('action', '=', 'iban_change.create').executeTakeFirstOrThrow();
    expect(created.details).not.toContain('0417164300');
    // Decided: weborders for the partner are taken again.
    await s.store.db.transaction().execute((trx) => runWeborderCreationGuards(trx, partnerId));
    expect((await b.call('weborders.create', { body: newWeborder({ partnerId, desiredAt: '2030-10-01T12:30:00.000Z' }) })).status).toBe('pending');
  });

  it('approval re-checks the current IBAN: changed meanwhile → 409, nothing written', async () => {
    const c = await enter({ oldIban: NEW_IBAN, newIban: 'NL69INGB0123456789' });
    await s.store.db.updateTable('partners').set({ iban: 'NL22TRIO0987654321' }).where('id', '=', partnerId).execute();
    const e = await failure(b.call('ibanChanges.approve', { params: { id: c.id }, body: { version: 1 } }));
    expect(e.status).toBe(409);
    expect(e.info.code === 'conflict' && e.info.details?.reason).toBe('iban_changed');
    expect((await b.call('ibanChanges.get', { params: { id: c.id } })).status).toBe('pending');
  });

  it('marks a change overdue after 30 days without a decision', async () => {
    s.clock.advance(31 * DAY);
    b = s.client(await s.signIn('helpdesk-b', 'Geheim!2026'));
    a = s.client(await s.signIn('helpdesk-a', 'Geheim!2026'));
    const list = await b.call('ibanChanges.list', { query: { status: 'overdue' } });
    expect(list.total).toBe(1);
    expect(list.overdue).toBe(1);
    expect(list.items[0]?.overdue).toBe(true);
  });

  it("takes a tenant's change from the portal; a move to direct debit gets a mandate; a helpdesk member approves", async () => {
    await insertHousehold(s, 'HM-770001');
    await s.store.db
      .insertInto('accounts')
      .values({ username: 'huurder', email: 'h@example.nl', customer_number: 'HM-770001', password_hash: await hashPassword('Huurder!2026x'), confirmed_at: '2026-01-01T00:00:00.000Z', created_at: '2026-01-01T00:00:00.000Z' })
      .execute();
    const { token } = await s.client().call('portal.signIn', { body: { username: 'huurder', password: 'Huurder!2026x' } });
    const tenant = s.client(token);
    const res = await tenant.call('portal.ibanChange', { body: { accountHolder: 'F.M.H. Cedee', iban: 'nl69ingb0123456789', paymentMethod: 'automatische_incasso' } });
    expect(res.status).toBe('pending');
    expect(res.mandateReference).toMatch(/^KCC-C1-\d{14}$/);
    const again = await failure(tenant.call('portal.ibanChange', { body: { accountHolder: 'F.M.H. Cedee', iban: 'NL44RABO0123456789' } }));
    expect(again.status).toBe(409);
    // Not without a tenant session.
    expect((await failure(s.client().call('portal.ibanChange', { body: { accountHolder: 'X', iban: NEW_IBAN } }))).status).toBe(401);
    // The tenant entered it, so any helpdesk member may decide.
    const got = await a.call('ibanChanges.get', { params: { id: res.id } });
    expect(got).toMatchObject({ party: 'tenant', enteredBy: 'huurder (huurder)', customerNumber: 'HM-770001', paymentMethod: 'automatische_incasso' });
    await a.call('ibanChanges.approve', { params: { id: res.id }, body: { version: got.version } });
    const contract = await s.store.db.selectFrom('contracts').select(['iban', 'account_holder', 'payment_method', 'mandate_reference']).where('id', '=', got.partyId).executeTakeFirstOrThrow();
    expect(contract).toEqual({ iban: 'NL69INGB0123456789', account_holder: 'F.M.H. Cedee', payment_method: 'automatische_incasso', mandate_reference: res.mandateReference });
  });
});
