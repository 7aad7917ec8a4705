import type { Kysely } from 'kysely';
import type { BulkSelection } from '../../shared/api/jobs';
import type { DB } from '../db/schema';
import { notFound } from '../errors';

/** Selections larger than this are refused: split them (by group). */
export const MAX_BULK = 200_000;

function selectionQuery(db: Kysely<DB>, s: { customerNumbers?: readonly string[]; group?: number; filter?: 'no_account' }) {
  let q = db.selectFrom('households as h').select(['h.id', 'h.customer_number']);
  if (s.group !== undefined) {
    const group = s.group;
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('customer_group_members as m').select('m.household_id').whereRef('m.household_id', '=', 'h.id').where('m.group_id', '=', group)),
    );
  }
  if (s.filter === 'no_account') {
    q = q.where(({ not, exists, selectFrom }) => not(exists(selectFrom('accounts as a').select('a.id').whereRef('a.customer_number', '=', 'h.customer_number'))));
  }
  return q;
}

/** The customer numbers a selection stands for, in household order (unknown numbers in a list are left out). */
export async function resolveSelection(db: Kysely<DB>, s: BulkSelection): Promise<string[]> {
  if (s.group !== undefined) {
    const g = await db.selectFrom('customer_groups').select('id').where('id', '=', s.group).executeTakeFirst();
    if (!g) throw notFound('Klantgroep');
  }
  if (s.customerNumbers !== undefined) {
    const out: string[] = [];
    const wanted = [...new Set(s.customerNumbers)];
    for (let i = 0; i < wanted.length; i += 500) {
      const rows = await selectionQuery(db, s).where('h.customer_number', 'in', wanted.slice(i, i + 500)).orderBy('h.id').execute();
      out.push(...rows.map((r) => r.customer_number));
    }
    return out;
  }
  const rows = await selectionQuery(db, s).orderBy('h.id').limit(MAX_BULK).execute();
  return rows.map((r) => r.customer_number);
}

export async function countSelection(db: Kysely<DB>, s: { group?: number; filter?: 'no_account' }): Promise<{ total: number; withoutAccount: number }> {
  const count = async (q: ReturnType<typeof selectionQuery>) =>
    Number((await db.selectFrom(q.as('s')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { total: await count(selectionQuery(db, s)), withoutAccount: await count(selectionQuery(db, { ...s, filter: 'no_account' })) };
}
