import { afterAll, describe, expect, it } from 'vitest';
import { migrateData } from '../../../server/db/migrateData';
import { openStore } from '../../../server/db/connection';
import { ScanKbSearch } from '../../../server/kb/kbSearchIndex';
import { seedDemo } from '../../../server/seed/index';
import { dropDatabase, freshDatabaseUrl } from '../support/testDatabase';
import { startTestServer } from '../support/testServer';
import fs from 'node:fs';

/** `migrate-data`: an embedded database moved to PostgreSQL, interrupted and resumed, counted and verified. */
describe('migrate-data from SQLite to PostgreSQL', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  it('copies every table (counts equal), resumes after an interruption, and the server runs on the copy', async () => {
    // The source: a SQLite data folder with demo data, staff, sessions and audit entries.
    const lite = await startTestServer({ databaseUrl: null });
    const from = lite.dataDir;
    cleanup.push(async () => fs.rmSync(from, { recursive: true, force: true }));
    await seedDemo(lite.store, { households: 2_500, seed: 3, now: lite.clock.now() });
    await lite.addStaff('beheer', 'Geheim!2026x', ['admin']);
    const token = await lite.signIn('beheer', 'Geheim!2026x');
    for (let i = 0; i < 5; i++) {
      await lite.client(token).call('ipRanges.create', { body: { cidr: `10.${i}.0.0/16`, admin: true, kcc: false, description: '' } });
    }
    await lite.app.close();
    await lite.store.close();

    const url = (await freshDatabaseUrl()) as string;
    cleanup.push(() => dropDatabase(url));
    // Interrupted in the middle of a large table, after a committed batch.
    let batches = 0;
    await expect(
      migrateData(from, url, {
        onProgress: (table) => {
          if (table === 'persons' && ++batches === 1) throw new Error('onderbroken');
        },
      }),
    ).rejects.toThrow('onderbroken');

    const report = await migrateData(from, url);
    expect(report.resumed).toBe(true);
    expect(report.audit).toMatchObject({ ok: true, firstBrokenId: null });
    for (const t of report.tables) expect(t, t.table).toMatchObject({ postgres: t.sqlite });
    const names = report.tables.map((t) => t.table);
    expect(names).toEqual(expect.arrayContaining(['households', 'persons', 'accounts', 'audit_log', 'audit_head', 'staff_sessions', 'ip_ranges']));
    // Also the portal texts (label_overrides has a two-column key), the outbox and the knowledge base.
    expect(names).toEqual(expect.arrayContaining(['label_overrides', 'label_history', 'outbox_mail', 'kb_topics', 'kb_questions', 'kb_codes']));
    for (const table of ['label_overrides', 'outbox_mail', 'kb_questions']) expect(report.tables.find((t) => t.table === table)?.sqlite, table).toBeGreaterThan(0);
    const source = openStore(from);
    const persons = (source.sqlite.prepare('SELECT count(*) AS n FROM persons').get() as { n: number }).n;
    await source.close();
    expect(report.tables.find((t) => t.table === 'persons')?.postgres).toBe(persons);
    // Resumed, not restarted: the interrupted run's committed batch was not copied again.
    expect(report.copiedRows).toBeLessThan(report.tables.reduce((s, t) => s + t.sqlite, 0));

    const pg = await startTestServer({ databaseUrl: url, dataDir: from });
    try {
      const t2 = await pg.signIn('beheer', 'Geheim!2026x');
      expect(await pg.client(t2).call('audit.verify', {})).toMatchObject({ ok: true });
      const found = (await pg.client(t2).call('ipRanges.list', {})).items;
      expect(found.length).toBe(5);
      // Identities continue after the copied ids.
      const created = await pg.client(t2).call('ipRanges.create', { body: { cidr: '10.99.0.0/16', admin: true, kcc: false, description: '' } });
      expect(created.id).toBeGreaterThan(Math.max(...found.map((r) => r.id)));
      // The knowledge-base search index was rebuilt from the copied questions: the same answer as the rule.
      const searched = await pg.client(t2).call('kb.search', { query: { q: 'huur' } });
      expect(searched.questionTotal).toBeGreaterThan(0);
      const { minTermLength: _m, ...answer } = searched;
      expect(answer).toEqual(await new ScanKbSearch(pg.store.db).search('huur'));
    } finally {
      await pg.close();
    }
  });
});
