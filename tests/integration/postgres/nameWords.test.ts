import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../server/db/connection';
import { nameWordBound } from '../../../server/db/nameWords';
import { sqlRunner } from '../../../server/db/sqlRunner';
import { openTestStore } from '../support/testDatabase';

/**
 * The household names' words beside the search documents (migration postgres/017) follow every change of a name:
 * a lower bound that counted a word no document holds any more would call a rare name common.
 */
describe('PostgreSQL name words', () => {
  let store: Store;
  let dir: string;
  const now = '2026-12-01T09:00:00.000Z';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-words-'));
    store = await openTestStore(dir);
    if (store.engine !== 'postgres') throw new Error('PostgreSQL only');
  });
  afterAll(async () => {
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const words = async (table: 'customer_name_words' | 'account_name_words', id: number) => {
    const col = table === 'customer_name_words' ? 'household_id' : 'account_id';
    return (await sqlRunner(store).all<{ word: string }>(`SELECT word FROM ${table} WHERE ${col} = ? ORDER BY word`, id)).map((r) => r.word);
  };
  const bound = async (kind: 'customer' | 'account', term: string) => {
    const b = nameWordBound(kind, [term], 100);
    return (await sqlRunner(store).all<{ n: number }>(b.sql, ...b.params))[0]?.n;
  };

  it('keeps the words of household names through insert, rename, and delete (also by cascade)', async () => {
    const hh = { customer_number: 'HM-770001', email: 'p@example.nl', corr_street: 'Kerkstraat', corr_house_number: 1, corr_house_number_addition: '', corr_postcode: '1011 AA', corr_city: 'Amsterdam' };
    await store.db.insertInto('households').values([
      { id: 77_001, name: 'P.J. van Oosterhuis-Dijkstra', ...hh },
      { id: 77_002, name: 'Q. Oosterhuis', ...hh, customer_number: 'HM-770002' },
    ]).execute();
    await store.db.insertInto('accounts').values({ id: 77_001, username: 'poost', email: 'p@example.nl', customer_number: 'HM-770001', password_hash: 'x', created_at: now }).execute();
    // Words of 3+ characters, folded, each once; initials left out.
    expect(await words('customer_name_words', 77_001)).toEqual(['dijkstra', 'oosterhuis', 'van']);
    expect(await words('account_name_words', 77_001)).toEqual(['dijkstra', 'oosterhuis', 'van']);
    expect(await bound('customer', 'Ooster')).toBe(2);
    expect(await bound('account', 'oosterhuis')).toBe(1);
    // A part inside a word, or several words: no word starts with it, so the bound says nothing (0).
    expect(await bound('customer', 'sterhuis')).toBe(0);
    expect(await bound('customer', 'van oosterhuis')).toBe(0);

    await store.db.updateTable('households').set({ name: 'P. Westerhof' }).where('id', '=', 77_001).execute();
    expect(await words('customer_name_words', 77_001)).toEqual(['westerhof']);
    expect(await words('account_name_words', 77_001)).toEqual(['westerhof']);
    expect(await bound('customer', 'oosterhuis')).toBe(1);

    await store.db.deleteFrom('accounts').where('id', '=', 77_001).execute();
    expect(await words('account_name_words', 77_001)).toEqual([]);
    await store.db.deleteFrom('households').where('id', 'in', [77_001, 77_002]).execute();
    expect(await words('customer_name_words', 77_001)).toEqual([]);
    expect(await bound('customer', 'oosterhuis')).toBe(0);
    expect(await bound('customer', 'westerhof')).toBe(0);
  });
});
