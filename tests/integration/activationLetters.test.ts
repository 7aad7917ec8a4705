import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerEngine } from '../../server/customers/customerEngine';
import { LETTER_FOLDER } from '../../server/letters/letterFolder';
import { insertHousehold } from './customersFixture';
import { pdfPageTexts } from './support/pdfText';
import { failure, startTestServer, type TestServer } from './support/testServer';

// The activation code travels on its own letter: a page with the code never shows the customer number or the
// portal address. Each household gets two letters (bulk: two PDFs, one per mailing), and the bulk PDFs are
// served only to the staff member who made them, once, and deleted after that or after an hour. The jobs are
// durable (server/jobs/): tests/integration/jobsRestart.test.ts kills a server half-way through one.

const PORTAL = 'mijn.woonportaal.example.nl';
const CUSTOMER_NUMBER = /HM-\d{5,7}/;

async function waitForJob(s: TestServer, token: string, jobId: string) {
  let job = await s.client(token).call('letters.status', { params: { jobId } });
  for (let i = 0; i < 100 && job.state === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 50));
    job = await s.client(token).call('letters.status', { params: { jobId } });
  }
  expect(job.state).toBe('done');
  return job;
}

async function finishedJob(s: TestServer, token: string): Promise<string> {
  const { jobId } = await s.client(token).call('letters.start', { body: { onlyWithoutAccount: true } });
  await waitForJob(s, token, jobId);
  return jobId;
}

/** A bulk mailing over raw HTTP: its status, and the bytes when it is a PDF. */
async function mailing(s: TestServer, token: string, jobId: string, part: 1 | 2): Promise<{ status: number; pdf: Buffer }> {
  const res = await fetch(`${s.url}/api/v1/activation-letters/${jobId}/mailings/${part}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, pdf: Buffer.from(await res.arrayBuffer()) };
}

const letterFolder = (s: TestServer) => path.join(s.dataDir, LETTER_FOLDER);
const fileOf = (s: TestServer, jobId: string, part: 1 | 2) => path.join(letterFolder(s), `letters-${jobId}-${part}.pdf`);
const pdfsIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')) : []);

/** Whether any page shows the activation code together with the customer number or the portal address. */
const pagesWithBothHalves = (pages: string[], codes: string[]) =>
  pages.filter((p) => codes.some((c) => p.includes(c)) && (CUSTOMER_NUMBER.test(p) || p.includes(PORTAL)));

describe('activation letters', () => {
  let s: TestServer;
  let kcc: string;
  let helpdesk: string;
  let beheer: string;
  let colleague: string;

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('kcc1', 'Geheim!123', ['kcc'], 'Karin KCC');
    await s.addStaff('help1', 'Geheim!123', ['helpdesk']);
    await s.addStaff('beheer1', 'Geheim!123', ['kcc-admin']);
    await s.addStaff('beheer2', 'Geheim!123', ['kcc-admin']);
    kcc = await s.signIn('kcc1', 'Geheim!123');
    helpdesk = await s.signIn('help1', 'Geheim!123');
    beheer = await s.signIn('beheer1', 'Geheim!123');
    colleague = await s.signIn('beheer2', 'Geheim!123');
    await insertHousehold(s, 'HM-001031', { withAccount: true });
    await insertHousehold(s, 'HM-001032');
    await insertHousehold(s, 'HM-001033');
    await insertHousehold(s, 'HM-001034');
  });
  afterAll(async () => {
    const dir = s.dataDir;
    await s.close();
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('bulk: mailing 1 has the customer number and portal address, mailing 2 only the code; no page has both', async () => {
    const jobId = await finishedJob(s, beheer);
    const m1 = await mailing(s, beheer, jobId, 1);
    const m2 = await mailing(s, beheer, jobId, 2);
    expect([m1.status, m2.status]).toEqual([200, 200]);
    const letters = await s.store.db
      .selectFrom('households')
      .select(['customer_number', 'activation_code'])
      .where('customer_number', 'in', ['HM-001032', 'HM-001033', 'HM-001034'])
      .orderBy('id')
      .execute();
    const codes = letters.map((l) => l.activation_code ?? 'missing');
    const pages1 = pdfPageTexts(m1.pdf);
    const pages2 = pdfPageTexts(m2.pdf);
    expect(pages1).toHaveLength(3);
    expect(pages2).toHaveLength(3);
    letters.forEach((l, i) => {
      // Same order in both mailings: page i is household i.
      expect(pages1[i]).toContain(`Uw huurdernummer: ${l.customer_number}`);
      expect(pages1[i]).toContain(`https://${PORTAL}/account/aanmaken`);
      expect(pages2[i]).toContain(`Uw activeercode: ${l.activation_code}`);
      expect(pages2[i]).toContain('3704 XC  ZEIST'); // it can be posted
    });
    for (const page of pages1) for (const code of codes) expect(page).not.toContain(code);
    for (const page of pages2) {
      expect(page).not.toMatch(CUSTOMER_NUMBER);
      expect(page).not.toContain(PORTAL);
    }
    expect(pagesWithBothHalves([...pages1, ...pages2], codes)).toEqual([]);
  });

  it("single letters: the household's letter 1 and letter 2 apart, audited without the code, never on disk", async () => {
    const params = (part: 1 | 2) => ({ customerNumber: 'HM-001031', part });
    const onDisk = pdfsIn(letterFolder(s));
    const letter1 = Buffer.from(await s.client(kcc).call('activation.letterPdf', { params: params(1) }));
    const letter2 = Buffer.from(await s.client(kcc).call('activation.letterPdf', { params: params(2) }));
    const [page1, ...more1] = pdfPageTexts(letter1);
    const [page2, ...more2] = pdfPageTexts(letter2);
    expect([more1, more2]).toEqual([[], []]);
    expect(page1).toContain('Uw huurdernummer: HM-001031');
    expect(page1).toContain(PORTAL);
    expect(page1).not.toContain('ABCD2345');
    expect(page2).toContain('Uw activeercode: ABCD2345');
    expect(page2).not.toMatch(CUSTOMER_NUMBER);
    expect(page2).not.toContain(PORTAL);

    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'customer.activation_letter.print').orderBy('id').execute();
    expect(audit.map((a) => [a.actor, a.customer_number, JSON.parse(a.details ?? '{}')])).toEqual([
      ['kcc1', 'HM-001031', { part: 1 }],
      ['kcc1', 'HM-001031', { part: 2 }],
    ]);
    for (const a of audit) expect(JSON.stringify(a)).not.toContain('ABCD2345');
    expect(pdfsIn(letterFolder(s))).toEqual(onDisk);

    expect((await failure(s.client(helpdesk).call('activation.letterPdf', { params: params(2) }))).status).toBe(403);
    await s.store.db.updateTable('households').set({ activation_code: null }).where('customer_number', '=', 'HM-001031').execute();
    const noCode = await failure(s.client(kcc).call('activation.letterPdf', { params: params(2) }));
    expect(noCode.info).toMatchObject({ code: 'conflict', details: { reason: 'no_activation_code' } });
  });

  it("serves a job only to the staff member who started it: a colleague gets 403 and leaves no trace", async () => {
    const jobId = await finishedJob(s, beheer);
    const before = await s.store.db.selectFrom('audit_log').select('id').where('action', '=', 'activation_letters.download').execute();
    const status = await failure(s.client(colleague).call('letters.status', { params: { jobId } }));
    expect(status.info).toMatchObject({ code: 'forbidden', details: { reason: 'not_job_owner' } });
    const pdf = await failure(s.client(colleague).call('letters.pdf', { params: { jobId, part: 2 } }));
    expect(pdf.status).toBe(403);
    expect(pdf.info).toMatchObject({ code: 'forbidden', details: { reason: 'not_job_owner' } });
    const after = await s.store.db.selectFrom('audit_log').select('id').where('action', '=', 'activation_letters.download').execute();
    expect(after).toHaveLength(before.length);
    expect(fs.existsSync(fileOf(s, jobId, 2))).toBe(true);
    expect((await mailing(s, beheer, jobId, 2)).status).toBe(200);
  });

  it('deletes each PDF after its download and refuses a second one', async () => {
    const jobId = await finishedJob(s, beheer);
    expect(fs.existsSync(fileOf(s, jobId, 1))).toBe(true);
    const first = await mailing(s, beheer, jobId, 1);
    expect(first.status).toBe(200);
    expect(first.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect.poll(() => fs.existsSync(fileOf(s, jobId, 1))).toBe(false);
    expect(fs.existsSync(fileOf(s, jobId, 2))).toBe(true);
    expect(await s.client(beheer).call('letters.status', { params: { jobId } })).toMatchObject({ state: 'done', fetched: [1] });

    const again = await failure(s.client(beheer).call('letters.pdf', { params: { jobId, part: 1 } }));
    expect(again.info).toMatchObject({ code: 'not_found', details: { reason: 'already_downloaded' } });
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('target', '=', `letter_job:${jobId}`).execute();
    expect(audit.map((a) => [a.action, a.actor, JSON.parse(a.details ?? '{}')])).toEqual([['activation_letters.download', 'beheer1', { part: 1 }]]);

    expect((await mailing(s, beheer, jobId, 2)).status).toBe(200);
    await expect.poll(() => pdfsIn(letterFolder(s)).filter((f) => f.includes(jobId))).toEqual([]);
  });

  it('deletes PDFs not fetched an hour after they were made, by the server clock', async () => {
    const jobId = await finishedJob(s, beheer);
    const job = await s.client(beheer).call('letters.status', { params: { jobId } });
    expect(job.expiresAt).toBe(new Date(s.clock.now().getTime() + 3_600_000).toISOString());
    const sweep = () => customerEngine(s.app).letterJobs.sweep();
    s.clock.advanceMinutes(59);
    await sweep();
    expect(fs.existsSync(fileOf(s, jobId, 1)) && fs.existsSync(fileOf(s, jobId, 2))).toBe(true);
    s.clock.advanceMinutes(1);
    await sweep();
    expect(fs.existsSync(fileOf(s, jobId, 1)) || fs.existsSync(fileOf(s, jobId, 2))).toBe(false);
    // The hour also ended the staff session (idle time-out): the same member signs in again.
    beheer = await s.signIn('beheer1', 'Geheim!123');
    expect((await failure(s.client(beheer).call('letters.status', { params: { jobId } }))).status).toBe(404);
    expect((await mailing(s, beheer, jobId, 2)).status).toBe(404);
  });

  it('also without the timer: an expired job is gone at its next use', async () => {
    const jobId = await finishedJob(s, beheer);
    s.clock.advanceMinutes(61);
    beheer = await s.signIn('beheer1', 'Geheim!123');
    expect((await mailing(s, beheer, jobId, 1)).status).toBe(404);
    expect(fs.existsSync(fileOf(s, jobId, 1)) || fs.existsSync(fileOf(s, jobId, 2))).toBe(false);
  });
});

describe('letter PDFs outside a running job', () => {
  it('are deleted when the server starts (left by a killed process), before any letters call', async () => {
    const job = '0b7e6f5a-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
    const s = await startTestServer({
      prepare: async (dataDir) => {
        fs.mkdirSync(path.join(dataDir, LETTER_FOLDER));
        for (const name of [`letters-${job}-1.pdf`, `letters-${job}-2.pdf`, `letters-${job}.pdf`]) fs.writeFileSync(path.join(dataDir, LETTER_FOLDER, name), '%PDF-');
      },
    });
    try {
      expect(pdfsIn(letterFolder(s))).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('outlive the server closing (durable jobs): they wait for their download; the suite leaves none in the temp folder', async () => {
    const s = await startTestServer();
    await s.addStaff('beheer1', 'Geheim!123', ['kcc-admin']);
    await insertHousehold(s, 'HM-001041');
    const jobId = await finishedJob(s, await s.signIn('beheer1', 'Geheim!123'));
    expect(pdfsIn(letterFolder(s))).toHaveLength(2);
    await s.app.close();
    expect(pdfsIn(letterFolder(s))).toHaveLength(2);
    await s.close();
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.includes(jobId))).toEqual([]);
  });
});
