import type { Kysely } from 'kysely';
import type { AuditBreak, AuditVerifyResult } from '../../shared/api/audit';
import type { DB } from '../db/schema';
import { entryHash, GENESIS } from './auditHash';
import type { AuditTrail } from './auditTrail';

const PAGE = 1_000;

export interface AuditStore {
  db: Kysely<DB>;
  audit: AuditTrail;
}

/**
 * Walks the chain in id order, a page at a time (the table is never loaded whole, and other requests run
 * between pages), and checks every entry: ids without gaps from 1, each linked to the previous hash, the hash
 * over its fields, its MAC (from the first MAC'd id on; older entries verify by the SHA-256 chain alone) and,
 * where a signed checkpoint names it, the checkpoint's hash. Then the end: the table must reach the newest
 * checkpoint and match the head row. The first problem is reported with the first id that does not fit.
 */
export async function verifyAuditChain(store: AuditStore): Promise<AuditVerifyResult> {
  const { db, audit } = store;
  // The file first, then the head: a checkpoint written in between can then only be older than the head read.
  const file = await audit.readCheckpoints();
  const start = file.checkpoints[0]?.kind === 'start' ? file.checkpoints[0] : undefined;
  const checkpointId = file.checkpoints.reduce((max, c) => Math.max(max, c.id), 0);
  const broken = (firstBrokenId: number | null, reason: AuditBreak, checked: number): AuditVerifyResult => ({
    ok: false,
    checked,
    firstBrokenId,
    reason,
    checkpointId,
  });
  if (file.otherKey) return broken(null, 'wrong_key', 0);

  const head = await db.selectFrom('audit_head').selectAll().where('singleton', '=', 1).executeTakeFirst();
  if (!head) return broken(1, 'head', 0);
  // The start checkpoint fixes where MACs begin; the head row's copy could have been raised to skip them.
  const macFrom = start?.macFrom ?? head.mac_from;
  const signedHash = new Map(file.checkpoints.filter((c) => c.id > 0).map((c) => [c.id, c.hash]));

  let expected = 1;
  let prev = GENESIS;
  let checked = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>=', expected)
      .where('id', '<', head.next_id)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    for (const row of page) {
      const { id, prev_hash, hash, mac, ...fields } = row;
      if (id !== expected || prev_hash !== prev) return broken(id, 'sequence', checked);
      if (entryHash(id, prev, fields) !== hash) return broken(id, 'hash', checked);
      if ((id >= macFrom || mac !== null) && !audit.macMatches(hash, mac)) return broken(id, 'mac', checked);
      const signed = signedHash.get(id);
      if (signed !== undefined && signed !== hash) return broken(id, 'checkpoint', checked);
      prev = hash;
      expected = id + 1;
      checked++;
    }
    if (page.length < PAGE) break;
    await new Promise((resolve) => setImmediate(resolve));
  }

  // Entries a checkpoint vouches for are gone from the end (or the whole table was wiped).
  if (checkpointId >= expected) return broken(expected, 'checkpoint', checked);
  if (head.next_id !== expected || head.last_hash !== prev) return broken(expected, 'head', checked);
  // Rows past the head (read together with it) mean the head was moved back: the next write would collide.
  const now = await db
    .selectFrom('audit_head')
    .select((eb) => ['next_id', eb.selectFrom('audit_log').select((e) => e.fn.max('id').as('m')).as('maxId')])
    .executeTakeFirstOrThrow();
  if (now.maxId !== null && now.maxId >= now.next_id) return broken(now.next_id, 'head', checked);
  if (start && head.mac_from !== start.macFrom) return broken(Math.min(head.mac_from, start.macFrom), 'head', checked);
  if (!start) return broken(null, 'checkpoints_missing', checked);
  if (file.badLine !== null) return broken(null, 'checkpoint_signature', checked);
  return { ok: true, checked, firstBrokenId: null, checkpointId };
}
