import type { Kysely } from 'kysely';
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
