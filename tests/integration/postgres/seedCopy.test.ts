import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../server/db/connection';
import { PgCopyWriter } from '../../../server/seed/postgresSeed';
import { openTestStore } from '../support/testDatabase';

/** The seed's COPY writer on a real server: awkward values arrive exactly as written, NULL stays NULL. */
describe('PgCopyWriter', () => {
  let store: Store;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-copy-'));
    store = await openTestStore(dir);
  });
  afterAll(async () => {
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads tabs, newlines, backslashes, \\N, NULL and Unicode unchanged', async () => {
    if (store.engine !== 'postgres') throw new Error('PostgreSQL only');
    const values: (string | null)[] = [
      'a\tb', 'line1\nline2', 'cr\r\nlf', 'C:\\pad\\n', '\\N', '\\.', '', null, 'Müller-Çelik Élysée 🏠 日本', "O'Brien \"q\" 100% a_b", ' spaties ',
    ];
    const client = await store.pool.connect();
    try {
      await client.query('CREATE TABLE copy_probe (id integer PRIMARY KEY, t text COLLATE "C", n double precision)');
      const w = new PgCopyWriter('copy_probe', ['id', 't', 'n']);
      await w.loadTypes(client);
      values.forEach((v, i) => w.add(i + 1, v, i % 2 === 0 ? null : i + 0.25));
      await w.take().write(client);
      expect(w.count).toBe(values.length);
      // The writer starts empty again: a second take writes nothing.
      await w.take().write(client);
      const rows = (await client.query<{ id: number; t: string | null; n: number | null }>('SELECT id, t, n FROM copy_probe ORDER BY id')).rows;
      expect(rows.map((r) => r.t)).toEqual(values);
      expect(rows.map((r) => r.n)).toEqual(values.map((_, i) => (i % 2 === 0 ? null : i + 0.25)));
      await expect(new PgCopyWriter('copy_probe', ['id', 'nope']).loadTypes(client)).rejects.toThrow(/nope/);
    } finally {
      client.release();
    }
  });
});
