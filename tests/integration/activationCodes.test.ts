import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/testServer';
import { insertHousehold } from './customersFixture';

/** Page objects of a PDF ("/Type /Page", not the "/Pages" tree nodes). */
const countPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('activation codes and letters (B8)', () => {
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
    const shown = await s.api('GET', '/customers/HM-001022/activation-code', { token: kcc });
    expect(shown.status).toBe(200);
    expect(shown.body.code).toBe('ABCD2345');
    const regen = await s.api('POST', '/customers/HM-001022/activation-code', { token: kcc });
    expect(regen.status).toBe(200);
    expect(regen.body.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(regen.body.code).not.toBe('ABCD2345');
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', 'like', 'customer.activation_code.%').execute();
    expect(audit.map((a) => a.action)).toEqual(['customer.activation_code.view', 'customer.activation_code.regenerate']);
    for (const a of audit) {
      expect(a.customer_number).toBe('HM-001022');
      expect(JSON.stringify(a)).not.toContain(regen.body.code as unknown as string);
      expect(JSON.stringify(a)).not.toContain('ABCD2345');
    }
    expect((await s.api('GET', '/customers/HM-001022/activation-code', { token: admin })).status).toBe(403);
  });

  it('logs a "code lost" request as interaction CP_VERIFICATION_CODE in the timeline', async () => {
    const res = await s.api('POST', '/customers/HM-001023/activation-letter-requests', { token: kcc });
    expect(res.status).toBe(201);
    const o = (await s.api('GET', '/customers/HM-001023/overview', { token: kcc })).body as { timeline: { template: string; description: string; staffName: string }[] };
    expect(o.timeline[0]).toMatchObject({ template: 'CP_VERIFICATION_CODE', description: 'Nieuwe brief met verificatiecode aangevraagd', staffName: 'Karin KCC' });
  });

  it('bulk: new codes for households without an account and ONE PDF with one page per household', async () => {
    expect((await s.api('POST', '/activation-letters', { token: kcc, body: { onlyWithoutAccount: true } })).status).toBe(403);
    const started = await s.api('POST', '/activation-letters', { token: admin, body: { onlyWithoutAccount: true } });
    expect(started.status).toBe(202);
    const jobId = started.body.jobId as unknown as string;
    let job = (await s.api('GET', `/activation-letters/${jobId}`, { token: admin })).body;
    for (let i = 0; i < 100 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await s.api('GET', `/activation-letters/${jobId}`, { token: admin })).body;
    }
    expect(job).toMatchObject({ state: 'done', done: 3, total: 3 });
    const res = await fetch(`${s.url}/api/v1/activation-letters/${jobId}/pdf`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(countPages(pdf)).toBe(3);
    const codes = await s.store.db.selectFrom('households').select(['customer_number', 'activation_code', 'activation_code_generated_at']).orderBy('id').execute();
    expect(codes[0]?.activation_code).toBe('ABCD2345'); // has an account: untouched
    expect(new Set(codes.slice(1).map((c) => c.activation_code)).size).toBe(3);
    expect(codes.slice(1).every((c) => c.activation_code_generated_at === s.clock.now().toISOString())).toBe(true);
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'activation_letters.generate').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details ?? '{}')).toEqual({ onlyWithoutAccount: true, households: 3 });
  });
});
