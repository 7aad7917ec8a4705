import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startTestServer, type TestServer } from './support/testServer';
import { insertHousehold } from './customersFixture';

/** Page objects of a PDF ("/Type /Page", not the "/Pages" tree nodes). */
const countPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('activation codes and letters', () => {
  let s: TestServer;
  let kcc: string;
  let admin: string;

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('kcc1', 'Geheim!123', ['kcc'], 'Karin KCC');
    await s.addStaff('adm', 'Geheim!123', ['admin']);
    kcc = await s.signIn('kcc1', 'Geheim!123');
    admin = await s.signIn('adm', 'Geheim!123');
    await insertHousehold(s, 'HM-001021', { withAccount: true });
    await insertHousehold(s, 'HM-001022');
    await insertHousehold(s, 'HM-001023');
    await insertHousehold(s, 'HM-001024');
  });
  afterAll(async () => s.close());

  it('shows the code (audited as a view, without the code) and regenerates it', async () => {
    const params = { customerNumber: 'HM-001022' };
    const shown = await s.client(kcc).call('activation.get', { params });
    expect(shown.code).toBe('ABCD2345');
    const regen = await s.client(kcc).call('activation.regenerate', { params });
    expect(regen.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(regen.code).not.toBe('ABCD2345');
    expect(regen.generatedAt).toBe(s.clock.now().toISOString());
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', 'like', 'customer.activation_code.%').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['customer.activation_code.view', 'customer.activation_code.regenerate']);
    for (const a of audit) {
      expect(a.customer_number).toBe('HM-001022');
      expect(JSON.stringify(a)).not.toContain(regen.code ?? 'no code');
      expect(JSON.stringify(a)).not.toContain('ABCD2345');
    }
    expect((await failure(s.client(admin).call('activation.get', { params }))).status).toBe(403);
  });

  it('logs a "code lost" request as interaction CP_VERIFICATION_CODE in the timeline', async () => {
    const params = { customerNumber: 'HM-001023' };
    const requested = await s.client(kcc).call('activation.requestLetter', { params });
    const o = await s.client(kcc).call('customers.overview', { params });
    expect(o.timeline[0]).toMatchObject({ id: requested.interactionId, template: 'CP_VERIFICATION_CODE', description: 'Nieuwe brief met verificatiecode aangevraagd', staffName: 'Karin KCC' });
  });

  it('bulk: new codes for households without an account and two mailings with one page per household each', async () => {
    const body = { onlyWithoutAccount: true as const };
    expect((await failure(s.client(kcc).call('letters.start', { body }))).status).toBe(403);
    const { jobId } = await s.client(admin).call('letters.start', { body });
    const status = () => s.client(admin).call('letters.status', { params: { jobId } });
    let job = await status();
    for (let i = 0; i < 100 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = await status();
    }
    expect(job).toMatchObject({ state: 'done', done: 3, total: 3, fetched: [] });
    for (const part of [1, 2]) {
      // Raw fetch: the answer's content type is checked too (and in Node the typed client gets a Buffer, not an ArrayBuffer).
      const res = await fetch(`${s.url}/api/v1/activation-letters/${jobId}/mailings/${part}`, { headers: { authorization: `Bearer ${admin}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(countPages(pdf)).toBe(3);
    }
    const codes = await s.store.db.selectFrom('households').select(['customer_number', 'activation_code', 'activation_code_generated_at']).orderBy('id').execute();
    expect(codes[0]?.activation_code).toBe('ABCD2345'); // has an account: untouched
    expect(new Set(codes.slice(1).map((c) => c.activation_code)).size).toBe(3);
    expect(codes.slice(1).every((c) => c.activation_code_generated_at === s.clock.now().toISOString())).toBe(true);
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'activation_letters.generate').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details ?? '{}')).toEqual({ onlyWithoutAccount: true, households: 3 });
  });
});
