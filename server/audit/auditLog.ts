import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

export interface AuditInput {
  at: string;
  actorId: number | null;
  actor: string;
  roles: readonly string[];
  action: string;
  target?: string | null;
  customerNumber?: string | null;
  sourceAddress: string;
  lookAlongSessionId?: string | null;
  /** Never secrets: no passwords, tokens or activation codes. */
  details?: Record<string, unknown> | null;
}

const GENESIS = '0'.repeat(64);
const HEAD_KEY = 'audit_head';

interface HashedFields {
  at: string;
  actor_id: number | null;
  actor: string;
  roles: string;
  action: string;
  target: string | null;
  customer_number: string | null;
  source_address: string;
  look_along_session_id: string | null;
  details: string | null;
}

/** The hash covers every field and the previous entry's hash, so editing or deleting any row breaks the chain. */
export function entryHash(id: number, prevHash: string, f: HashedFields): string {
  const canonical = JSON.stringify([
    id,
    prevHash,
    f.at,
    f.actor_id,
    f.actor,
    f.roles,
    f.action,
    f.target,
    f.customer_number,
    f.source_address,
    f.look_along_session_id,
    f.details,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends one entry. Must be called inside the transaction of the change it records: the entry and the
 * change commit together or not at all. SQLite serialises writers, so reading the last hash here is safe.
 */
export async function writeAudit(trx: Transaction<DB> | Kysely<DB>, input: AuditInput): Promise<void> {
  const last = await trx.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const id = (last?.id ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS;
  const fields: HashedFields = {
    at: input.at,
    actor_id: input.actorId,
    actor: input.actor,
    roles: input.roles.join(','),
    action: input.action,
    target: input.target ?? null,
    customer_number: input.customerNumber ?? null,
    source_address: input.sourceAddress,
    look_along_session_id: input.lookAlongSessionId ?? null,
    details: input.details ? JSON.stringify(input.details) : null,
  };
  const hash = entryHash(id, prevHash, fields);
  await trx
    .insertInto('audit_log')
    .values({ id, ...fields, prev_hash: prevHash, hash })
    .execute();
  // The head is kept apart so that cutting entries off the end is detected too.
  await trx
    .insertInto('meta')
    .values({ key: HEAD_KEY, value: `${id}:${hash}` })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: `${id}:${hash}` }))
    .execute();
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
}

/** Walks the whole chain: a changed field, a deleted row or a reordered row is reported by id. */
export async function verifyAuditChain(db: Kysely<DB>): Promise<VerifyResult> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  let prev = GENESIS;
  let expectedId = rows[0]?.id ?? 1;
  let checked = 0;
  for (const r of rows) {
    const { id, prev_hash, hash, ...fields } = r;
    if (id !== expectedId || prev_hash !== prev || entryHash(id, prev, fields) !== hash) {
      return { ok: false, checked, firstBrokenId: id };
    }
    prev = hash;
    expectedId = id + 1;
    checked++;
  }
  const head = await db.selectFrom('meta').select('value').where('key', '=', HEAD_KEY).executeTakeFirst();
  const last = rows[rows.length - 1];
  const expectedHead = last ? `${last.id}:${last.hash}` : undefined;
  if (head?.value !== expectedHead) {
    return { ok: false, checked, firstBrokenId: last ? last.id + 1 : 1 };
  }
  return { ok: true, checked, firstBrokenId: null };
}
