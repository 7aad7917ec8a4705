import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/client';
import { dropDatabase, freshDatabaseUrl, testEngine } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * Knowledge-base editing through two instances on one PostgreSQL database at once: codes are never handed out
 * twice, places within a topic stay 1…n, swaps of neighbours keep a permutation, and a search on either instance
 * sees a change made on the other (the answer caches follow the shared change counter).
 */
describe('knowledge base edited through two instances', () => {
  let url: string;
  let dataDir: string;
  let a: TestServer;
  let b: TestServer;
  let ca: ApiClient;
  let cb: ApiClient;

  beforeAll(async () => {
    expect(testEngine).toBe('postgres');
    url = (await freshDatabaseUrl()) as string;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-kb-two-'));
    a = await startTestServer({ databaseUrl: url, dataDir });
    b = await startTestServer({ databaseUrl: url, dataDir });
    await a.addStaff('redacteur', 'Geheim!2026x', ['admin']);
    const token = await a.signIn('redacteur', 'Geheim!2026x');
    ca = a.client(token);
    cb = b.client(token);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dropDatabase(url);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('parallel creation and moves on both instances: unique codes, places 1…n, a permutation after the swaps', async () => {
    const topics = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? ca : cb).call('kb.createTopic', { body: { description: `Gelijktijdig ${i}`, keywords: [] } })));
    expect(new Set(topics.map((t) => t.code)).size).toBe(6);
    expect(topics.map((t) => t.order).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
    const topic = topics[0]?.code ?? '';
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, i) => (i % 2 ? ca : cb).call('kb.createQuestion', { body: { topicCode: topic, description: `Vraag ${i} over de dakgoot`, portal: true, keywords: [] } })),
    );
    expect(new Set(created.map((q) => q.code)).size).toBe(24);
    expect(created.map((q) => q.order).sort((x, y) => x - y)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    await Promise.all(
      created.map((q, i) => (i % 2 ? ca : cb).call('kb.moveQuestion', { params: { code: q.code }, body: { direction: i % 3 ? 'up' : 'down' } })),
    );
    const after = (await ca.call('kb.questions', { query: { topic } })).items;
    expect(after.map((q) => q.order).sort((x, y) => x - y)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    await Promise.all(topics.map((t, i) => (i % 2 ? ca : cb).call('kb.moveTopic', { params: { code: t.code }, body: { direction: 'up' } })));
    const orders = (await cb.call('kb.topics', {})).items.map((t) => t.order).sort((x, y) => x - y);
    expect(orders).toEqual(Array.from({ length: orders.length }, (_, i) => i + 1));
  });

  it('a search on one instance sees a change made on the other at once', async () => {
    const t = await ca.call('kb.createTopic', { body: { description: 'Cacheproef', keywords: [] } });
    const q = await ca.call('kb.createQuestion', { body: { topicCode: t.code, description: 'Waar vind ik de meterkast?', portal: true, keywords: [] } });
    // Both instances cache the answer for "meterkast".
    for (const c of [ca, cb]) expect((await c.call('kb.search', { query: { q: 'meterkast' } })).questionTotal).toBe(1);
    await ca.call('kb.updateQuestion', { params: { code: q.code }, body: { portal: false, version: q.version } });
    const onB = await cb.call('kb.search', { query: { q: 'meterkast' } });
    expect(onB.questionTotal).toBe(0);
    expect(onB.leftOut.questions).toBe(1);
  });
});
