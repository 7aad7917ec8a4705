import type { Kysely } from 'kysely';
import { engineOf } from '../db/engine';
import type { DB } from '../db/schema';

export type CodeKind = 'topic' | 'question';
const PREFIX: Record<CodeKind, string> = { topic: 'KBO', question: 'KBK' };

/**
 * The next code of a kind, e.g. KBO-00012: a counter row bumped inside the creating transaction. SQLite
 * serialises writers, PostgreSQL locks the row until commit, so two editors never get the same number; a
 * rolled-back or deleted one is never handed out again.
 */
export async function nextCode(trx: Kysely<DB>, kind: CodeKind): Promise<string> {
  const row = await trx
    .updateTable('kb_codes')
    .set((eb) => ({ last: eb('last', '+', 1) }))
    .where('kind', '=', kind)
    .returning('last')
    .executeTakeFirstOrThrow();
  return `${PREFIX[kind]}-${String(row.last).padStart(5, '0')}`;
}

/**
 * Every knowledge-base change starts here: on PostgreSQL it locks the change counter's row until commit, so
 * changes run one at a time across instances as they do on SQLite (one writer). The read-then-write steps
 * (the next place in a topic, swapping two neighbours, "no questions left" before a delete, version checks)
 * then never interleave. Taken first, before the code counters, so the lock order is always the same.
 */
export async function lockKnowledgeBase(trx: Kysely<DB>): Promise<void> {
  if (engineOf(trx) !== 'postgres') return;
  await trx.selectFrom('kb_codes').select('last').where('kind', '=', 'kb_changed').forUpdate().executeTakeFirst();
}
