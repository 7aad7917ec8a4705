import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/client';
import { kbSearchIndex, ScanKbSearch } from '../../server/kb/kbSearchIndex';
import { PostgresKbSearch } from '../../server/kb/postgresKbSearch';
import { SqliteKbSearch } from '../../server/kb/sqliteKbSearch';
import { seedKnowledgeBase } from '../../server/seed/kb/index';
import { KB_QUESTION_LIMIT } from '../../shared/domain/kbSearch';
import { failure, startTestServer, type TestServer } from './support/testServer';

// The knowledge base over HTTP: codes, order, moves, delete rules, flags, versions, links, search.
describe('knowledge base', () => {
  let s: TestServer;
  let admin: ApiClient;
  let kcc: ApiClient;
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin']);
    await s.addStaff('pieter', 'Geheim!2026', ['kcc']);
    admin = s.client(await s.signIn('anna', 'Geheim!2026'));
    kcc = s.client(await s.signIn('pieter', 'Geheim!2026'));
  });
  afterAll(async () => s.close());

  const topic = (description: string, keywords: string[] = []) => admin.call('kb.createTopic', { body: { description, keywords } });
  const question = (topicCode: string, description: string, extra: { portal?: boolean; keywords?: string[] } = {}) =>
    admin.call('kb.createQuestion', { body: { topicCode, description, portal: extra.portal ?? true, keywords: extra.keywords ?? [] } });

  it('hands out codes in order and never reuses one, also under parallel creation', async () => {
    const a = await topic('Testonderwerp A');
    const b = await topic('Testonderwerp B');
    expect(a.code).toMatch(/^KBO-\d{5}$/);
    expect(Number(b.code.slice(4))).toBe(Number(a.code.slice(4)) + 1);
    await admin.call('kb.removeTopic', { params: { code: b.code } });
    const c = await topic('Testonderwerp C');
    expect(Number(c.code.slice(4))).toBe(Number(b.code.slice(4)) + 1);
    const parallel = await Promise.all(Array.from({ length: 8 }, (_, i) => question(a.code, `Parallelle vraag ${i}`)));
    const codes = parallel.map((q) => q.code);
    expect(new Set(codes).size).toBe(8);
    expect(codes.every((code) => /^KBK-\d{5}$/.test(code))).toBe(true);
    const orders = parallel.map((q) => q.order).sort((x, y) => x - y);
    expect(orders).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('moves topics and questions up and down, and a question to another topic', async () => {
    const x = await topic('Volgorde X');
    const y = await topic('Volgorde Y');
    let list = (await admin.call('kb.moveTopic', { params: { code: y.code }, body: { direction: 'up' } })).items.map((t) => t.code);
    expect(list.indexOf(y.code)).toBe(list.indexOf(x.code) - 1);
    list = (await admin.call('kb.moveTopic', { params: { code: y.code }, body: { direction: 'down' } })).items.map((t) => t.code);
    expect(list.indexOf(y.code)).toBe(list.indexOf(x.code) + 1);
    // The last one down: nothing changes.
    const last = list[list.length - 1] ?? '';
    const same = (await admin.call('kb.moveTopic', { params: { code: last }, body: { direction: 'down' } })).items.map((t) => t.code);
    expect(same).toEqual(list);

    const q1 = await question(x.code, 'Eerste vraag');
    const q2 = await question(x.code, 'Tweede vraag');
    const moved = (await admin.call('kb.moveQuestion', { params: { code: q2.code }, body: { direction: 'up' } })).items.map((q) => q.code);
    expect(moved).toEqual([q2.code, q1.code]);
    const fresh = (await admin.call('kb.questions', { query: { topic: x.code } })).items.find((q) => q.code === q1.code);
    const toY = await admin.call('kb.updateQuestion', { params: { code: q1.code }, body: { topicCode: y.code, version: fresh?.version ?? 0 } });
    expect(toY.topicCode).toBe(y.code);
    const topics = (await admin.call('kb.topics')).items;
    expect(topics.find((t) => t.code === x.code)?.questionCount).toBe(1);
    expect(topics.find((t) => t.code === y.code)?.questionCount).toBe(1);
    const bad = await failure(admin.call('kb.updateQuestion', { params: { code: q1.code }, body: { topicCode: 'KBO-99999', version: toY.version } }));
    expect(bad.status).toBe(400);
    expect(bad.info.code === 'validation' && bad.info.details?.fields.topicCode).toBeTruthy();
  });

  it('refuses to delete a topic that holds questions (409, says how many), deletes it once empty', async () => {
    const t = await topic('Te verwijderen');
    const q1 = await question(t.code, 'Vraag een');
    await question(t.code, 'Vraag twee');
    const refused = await failure(admin.call('kb.removeTopic', { params: { code: t.code } }));
    expect(refused.status).toBe(409);
    expect(refused.message).toContain('2 klantvragen');
    await admin.call('kb.removeQuestion', { params: { code: q1.code } });
    const left = (await admin.call('kb.questions', { query: { topic: t.code } })).items;
    for (const q of left) await admin.call('kb.removeQuestion', { params: { code: q.code } });
    await admin.call('kb.removeTopic', { params: { code: t.code } });
    expect((await admin.call('kb.topics')).items.some((x) => x.code === t.code)).toBe(false);
    expect((await failure(admin.call('kb.removeTopic', { params: { code: t.code } }))).status).toBe(404);
  });

  it('refuses a stale version with 409 and keeps the data', async () => {
    const t = await topic('Versies');
    const v2 = await admin.call('kb.updateTopic', { params: { code: t.code }, body: { description: 'Versies 2', version: t.version } });
    expect(v2.version).toBe(t.version + 1);
    const stale = await failure(admin.call('kb.updateTopic', { params: { code: t.code }, body: { description: 'Oud', version: t.version } }));
    expect(stale.status).toBe(409);
    expect(stale.info.code === 'conflict' && stale.info.details?.currentVersion).toBe(v2.version);
    const q = await question(t.code, 'Versievraag');
    const staleQ = await failure(admin.call('kb.updateQuestion', { params: { code: q.code }, body: { portal: false, version: q.version + 5 } }));
    expect(staleQ.status).toBe(409);
    const staleMove = await failure(admin.call('kb.moveQuestion', { params: { code: q.code }, body: { direction: 'up', version: q.version + 1 } }));
    expect(staleMove.status).toBe(409);
  });

  it('accepts relative and http(s) advice links, refuses anything else naming the field', async () => {
    const t = await topic('Links');
    const rel = await admin.call('kb.createQuestion', {
      body: { topicCode: t.code, description: 'Relatief', advice: { text: 'Zie **hier**', linkLabel: 'Naar portaal', url: '/financien' } },
    });
    expect(rel.advice).toEqual({ text: 'Zie **hier**', linkLabel: 'Naar portaal', url: '/financien' });
    const abs = await admin.call('kb.updateQuestion', {
      params: { code: rel.code },
      body: { advice: { text: 'Extern', linkLabel: 'Belastingdienst', url: 'https://www.belastingdienst.nl' }, version: rel.version },
    });
    expect(abs.advice?.url).toBe('https://www.belastingdienst.nl');
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'mailto:a@b.nl']) {
      const err = await failure(admin.call('kb.updateQuestion', { params: { code: rel.code }, body: { advice: { text: 'x', linkLabel: 'Klik', url }, version: abs.version } }));
      expect(err.status).toBe(400);
      expect(err.info.code === 'validation' && Object.keys(err.info.details?.fields ?? {})).toContain('advice.url');
    }
    const noLabel = await failure(admin.call('kb.updateQuestion', { params: { code: rel.code }, body: { advice: { text: 'x', url: '/a' }, version: abs.version } }));
    expect(noLabel.info.code === 'validation' && Object.keys(noLabel.info.details?.fields ?? {})).toContain('advice.linkLabel');
    const unknownItem = await failure(
      admin.call('kb.createQuestion', {
        // A data item the portal cannot fill: the type says so too, the server must refuse it as well.
        body: JSON.parse('{"topicCode":"' + t.code + '","description":"x","followUps":[{"question":"q","answers":["a"],"dataItem":"shoeSize"}]}') as never,
      }),
    );
    expect(unknownItem.status).toBe(400);
    expect(unknownItem.info.code === 'validation' && Object.keys(unknownItem.info.details?.fields ?? {})).toContain('followUps.0.dataItem');
  });

  it('lets every staff role read, only admins change (403)', async () => {
    expect((await kcc.call('kb.topics')).items.length).toBeGreaterThan(0);
    expect((await kcc.call('kb.render', { body: { markup: '**a**' } })).html).toBe('<p><strong>a</strong></p>');
    expect((await failure(kcc.call('kb.createTopic', { body: { description: 'Mag niet', keywords: [] } }))).status).toBe(403);
  });

  it('renders markup with nothing of the input passing as HTML', async () => {
    const r = await admin.call('kb.render', { body: { markup: '<script>alert(1)</script> **vet** [x](javascript:alert(1))' } });
    expect(r.html).not.toContain('<script');
    expect(r.html).toContain('&lt;script&gt;');
    expect(r.html).toContain('<strong>vet</strong>');
    expect(r.html).not.toContain('href="javascript');
  });

  it('searches like the portal: flags decide, staff and tenant answers agree', async () => {
    const t = await topic('Zoekproef', ['proefwoord']);
    const portalQ = await question(t.code, 'Hoe werkt de zoekmachine?', { keywords: ['vindbaar'] });
    const hidden = await question(t.code, 'Interne zoekmachine-notitie', { portal: false });
    const staff = await admin.call('kb.search', { query: { q: 'zoekmachine' } });
    expect(staff.topics).toEqual([{ code: t.code, description: 'Zoekproef', matches: 1 }]);
    expect(staff.questions.map((q) => q.code)).toEqual([portalQ.code]);
    expect(staff.leftOut.questions).toBe(1);
    const tenant = await s.client(null).call('portal.kbSearch', { query: { q: 'zoekmachine' } });
    expect(tenant).toEqual({ topics: staff.topics, questions: staff.questions, questionTotal: staff.questionTotal, minTermLength: 3 });
    expect(tenant).not.toHaveProperty('leftOut');
    // Keyword-only match on the question; topic keyword match with no question.
    expect((await admin.call('kb.search', { query: { q: 'VINDBAAR' } })).topics[0]?.matches).toBe(1);
    expect((await admin.call('kb.search', { query: { q: 'proefwoord' } })).topics).toEqual([{ code: t.code, description: 'Zoekproef', matches: 0 }]);
    // Unflag: gone from the portal.
    await admin.call('kb.updateQuestion', { params: { code: portalQ.code }, body: { portal: false, version: portalQ.version } });
    const after = await admin.call('kb.search', { query: { q: 'zoekmachine' } });
    expect(after.topics).toEqual([]);
    expect(after.leftOut).toEqual({ questions: 2, topics: [{ code: t.code, description: 'Zoekproef', matches: 2 }] });
    expect(hidden.portal).toBe(false);
    // Too short: nothing.
    expect((await admin.call('kb.search', { query: { q: 'zo' } })).topics).toEqual([]);
  });

  it('gives the same answers from the index as from the rule itself on the demo knowledge base', async () => {
    await s.store.db.deleteFrom('kb_questions').execute();
    await s.store.db.deleteFrom('kb_topics').execute();
    const seeded = await seedKnowledgeBase(s.store.db);
    expect(seeded.topics).toBeGreaterThanOrEqual(40);
    expect(seeded.questions).toBeGreaterThanOrEqual(390);
    // Whatever index this engine's store has (FTS5 on SQLite, pg_trgm on PostgreSQL), never the scan itself.
    const index = kbSearchIndex(s.store);
    expect(index).toBeInstanceOf(s.store.engine === 'sqlite' ? SqliteKbSearch : PostgresKbSearch);
    const scan = new ScanKbSearch(s.store.db);
    const terms = ['huur', 'HUUR', 'betaling', 'renovatie', 'geïsoleerd', 'geisoleerd', 'cv-ketel', 'sleutel', 'achterstand', 'overlast', 'lek', 'wmo', 'schimmel', 'medehuurder', 'xyz', 'ik w', 'ruil', 'de ', '"', "aan'", '50%', 'a_b', 'e\\x'];
    for (const term of terms) expect(await index.search(term), term).toEqual(await scan.search(term));
    const huur = await index.search('huur');
    expect(huur.topics.map((t) => t.description)).toEqual([...huur.topics.map((t) => t.description)].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(huur.topics.some((t) => t.description === 'Huurachterstand')).toBe(true);
    expect(huur.leftOut.questions).toBeGreaterThan(0);

    // More matches than one answer lists (the window cut inside a topic), accents and keywords on both sides,
    // and a change seen at once (the answer cache follows the change counter).
    const [first, second] = await Promise.all([topic('Vensterproef één'), topic('Vensterproef twee', ['tuinhek'])]);
    const ids = await s.store.db.selectFrom('kb_topics').select(['id', 'code']).where('code', 'in', [first.code, second.code]).execute();
    for (const [t, n] of [[first, 250], [second, 200]] as const) {
      const topicId = ids.find((r) => r.code === t.code)?.id ?? 0;
      await s.store.db
        .insertInto('kb_questions')
        .values(
          Array.from({ length: n }, (_, i) => ({
            topic_id: topicId,
            code: `KBK-9${t.code.slice(4)}${String(i).padStart(3, '0')}`,
            description: i % 3 === 0 ? `Vraag ${i} over het TUINHEK` : `Vraag ${i} over de schutting`,
            keywords: JSON.stringify(i % 3 === 1 ? ['tuinhék'] : []),
            portal: i % 5 === 0 ? 0 : 1,
            sort_order: n - i,
          })),
        )
        .execute();
    }
    for (const term of ['tuinhek', 'TUINHÉK', 'schutting', 'vraag 1', 'vensterproef']) expect(await index.search(term), term).toEqual(await scan.search(term));
    const many = await index.search('schutting');
    expect(many.questionTotal).toBeGreaterThan(KB_QUESTION_LIMIT);
    expect(many.questions).toHaveLength(KB_QUESTION_LIMIT);
    const listed = await kcc.call('kb.questions', { query: { topic: second.code } });
    const q = listed.items.find((x) => x.description.includes('schutting') && x.portal);
    if (!q) throw new Error('no question to change');
    await admin.call('kb.updateQuestion', { params: { code: q.code }, body: { description: 'Nu over de brievenbus', topicCode: first.code, version: q.version } });
    for (const term of ['schutting', 'brievenbus']) expect(await index.search(term), term).toEqual(await scan.search(term));
  });
});
