import { sql, type Kysely } from 'kysely';
import { flattenPortalFunctions } from '../../shared/domain/portalFunctions';
import type { DB } from '../db/schema';
import { isoInstant } from '../db/timeSql';

const all = flattenPortalFunctions().map((f) => f.key);

/** Demo customer groups (seed 002: "Cliënten met alle rechten" and groups of one's own), with their rights. */
const groups: readonly { name: string; description: string; rights: readonly string[]; every: number | null }[] = [
  { name: 'Klanten met alle rechten', description: 'Alle functies van het portaal.', rights: all, every: null },
  {
    name: 'Alleen inzien',
    description: 'Gegevens, woning, saldo en correspondentie bekijken; niets wijzigen of aanvragen.',
    rights: ['household', 'contract', 'propertyDetails', 'finance', 'timeline', 'documents', 'questions', 'contact', 'news'],
    every: null,
  },
  {
    name: 'Complex De Werf (overgenomen)',
    description: 'Huishoudens uit het complex dat van een andere corporatie is overgenomen, geïmporteerd vanuit Excel.',
    rights: ['household', 'changePassword', 'contract', 'propertyDetails', 'repairs', 'newRepairRequest', 'finance', 'payments', 'contact'],
    every: 97,
  },
];

/**
 * Inserts the demo groups and, for the taken-over complex, every 97th household as a member (one
 * INSERT … SELECT, at most a few thousand rows even for a million households). Runs in one transaction.
 * Kysely, so both engines seed the same rows (SQLite's file stays as before: the same statements, in id order).
 */
export async function seedGroups(db: Kysely<DB>, now: Date): Promise<number> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    let n = 0;
    for (const g of groups) {
      const { id } = await trx
        .insertInto('customer_groups')
        .values({ name: g.name, description: g.description, rights: JSON.stringify(g.rights), created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (g.every === null) continue;
      const every = g.every;
      const added = await trx
        .insertInto('customer_group_members')
        .columns(['group_id', 'household_id', 'added_at'])
        .expression((eb) =>
          eb
            .selectFrom('households')
            .select([eb.lit(id).as('group_id'), 'id', isoInstant(trx, at).as('added_at')])
            .where(sql<boolean>`id % ${sql.lit(every)} = 0`)
            .orderBy('id')
            .limit(5000),
        )
        .executeTakeFirst();
      n += Number(added.numInsertedOrUpdatedRows ?? 0);
    }
    return n;
  });
}
