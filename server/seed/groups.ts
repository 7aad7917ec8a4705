import type Database from 'better-sqlite3';
import { flattenPortalFunctions } from '../../shared/domain/portalFunctions';

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
 */
export function seedGroups(db: Database.Database, now: Date): number {
  const at = now.toISOString();
  const insert = db.prepare('INSERT INTO customer_groups (name, description, rights, created_at) VALUES (?, ?, ?, ?)');
  const members = db.prepare('INSERT INTO customer_group_members (group_id, household_id, added_at) SELECT ?, id, ? FROM households WHERE id % ? = 0 LIMIT 5000');
  let n = 0;
  db.transaction(() => {
    for (const g of groups) {
      const id = Number(insert.run(g.name, g.description, JSON.stringify(g.rights), at).lastInsertRowid);
      if (g.every !== null) n += members.run(id, at, g.every).changes;
    }
  })();
  return n;
}
