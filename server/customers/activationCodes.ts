import { randomInt } from 'node:crypto';
import type Database from 'better-sqlite3';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { ActivationCode } from '../../shared/api/customers';
import type { AuthedStaff } from '../context';
import type { DB } from '../db/schema';
import { notFound } from '../errors';
import type { LetterAddressee } from '../letters/activationLetters';
import { addressee, type AddresseeRow } from '../letters/householdLetter';
import { householdFor } from './contactChanges';
import { logInteraction } from './interactions';

/*
 * A household's activation code lets the tenant create a portal account; it reaches the tenant by letter.
 * It is a secret: it never appears in logs or audit details.
 */

/** No 0/O, 1/I/L, so a code can be typed over from a letter. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newActivationCode(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += CODE_ALPHABET.charAt(randomInt(CODE_ALPHABET.length));
  return s;
}

type CodeRow = Pick<Selectable<DB['households']>, 'customer_number' | 'activation_code' | 'activation_code_generated_at'>;
const toCode = (h: CodeRow): ActivationCode => ({
  customerNumber: h.customer_number,
  code: h.activation_code,
  generatedAt: h.activation_code_generated_at,
});

/** Inside a transaction pass its trx: the single connection would otherwise wait for itself. */
export async function readActivationCode(db: Kysely<DB>, customerNumber: string): Promise<ActivationCode> {
  const h = await db
    .selectFrom('households')
    .select(['customer_number', 'activation_code', 'activation_code_generated_at'])
    .where('customer_number', '=', customerNumber)
    .executeTakeFirst();
  if (!h) throw notFound('Klant');
  return toCode(h);
}

interface Actor {
  staff: AuthedStaff | null;
  now: Date;
}

/** A new code for the household (the old one stops working), logged in the customer's timeline. */
export async function regenerateActivationCode(trx: Transaction<DB>, customerNumber: string, a: Actor): Promise<ActivationCode> {
  const h = await householdFor(trx, customerNumber);
  const row = await trx
    .updateTable('households')
    .set({ activation_code: newActivationCode(), activation_code_generated_at: a.now.toISOString() })
    .where('id', '=', h.id)
    .returning(['customer_number', 'activation_code', 'activation_code_generated_at'])
    .executeTakeFirstOrThrow();
  await logInteraction(trx, { householdId: h.id, at: a.now, template: 'CP_VERIFICATION_CODE', description: 'Nieuwe verificatiecode aangemaakt', staff: a.staff });
  return toCode(row);
}

/** "The customer asked for a new letter", logged in the customer's timeline; returns the interaction's id. */
export async function requestActivationLetter(trx: Transaction<DB>, customerNumber: string, a: Actor): Promise<number> {
  const h = await householdFor(trx, customerNumber);
  return logInteraction(trx, { householdId: h.id, at: a.now, template: 'CP_VERIFICATION_CODE', description: 'Nieuwe brief met verificatiecode aangevraagd', staff: a.staff });
}

/**
 * The bulk letter run's database step; each database engine brings its own implementation (one per server).
 * It gives every household without a portal account (no accounts row names it) a new code, in the caller's
 * transaction, and returns the letters to print. Each letter carries the code it made, so a letter is
 * always valid; an older letter's code stops working.
 */
export interface BulkActivationCodes {
  assignToHouseholdsWithoutAccount(trx: Transaction<DB>, now: Date): Promise<LetterAddressee[]>;
}

type BulkRow = AddresseeRow & { id: number };

/**
 * With SQLite: raw prepared statements, fast for hundreds of thousands of rows. They run on the same single
 * connection as the Kysely transaction `trx`, so they are part of it (commit and roll back with it).
 */
export class SqliteBulkActivationCodes implements BulkActivationCodes {
  private readonly households: Database.Statement;
  private readonly set: Database.Statement;

  constructor(db: Database.Database) {
    this.households = db.prepare(
      `SELECT h.id, h.customer_number, h.name, h.corr_street, h.corr_house_number, h.corr_house_number_addition, h.corr_postcode, h.corr_city
       FROM households h WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.customer_number = h.customer_number) ORDER BY h.id`,
    );
    this.set = db.prepare('UPDATE households SET activation_code = ?, activation_code_generated_at = ? WHERE id = ?');
  }

  async assignToHouseholdsWithoutAccount(_trx: Transaction<DB>, now: Date): Promise<LetterAddressee[]> {
    const rows = this.households.all() as BulkRow[];
    const at = now.toISOString();
    return rows.map((h) => {
      const code = newActivationCode();
      this.set.run(code, at, h.id);
      return addressee(h, code);
    });
  }
}

/**
 * The same on any engine through the caller's Kysely transaction (PostgreSQL: a pooled connection, so raw
 * statements on another connection would not be part of it): one SELECT, then one UPDATE … FROM unnest per
 * 10,000 households.
 */
export class KyselyBulkActivationCodes implements BulkActivationCodes {
  async assignToHouseholdsWithoutAccount(trx: Transaction<DB>, now: Date): Promise<LetterAddressee[]> {
    const rows: BulkRow[] = await trx
      .selectFrom('households as h')
      .select(['h.id', 'h.customer_number', 'h.name', 'h.corr_street', 'h.corr_house_number', 'h.corr_house_number_addition', 'h.corr_postcode', 'h.corr_city'])
      .where((eb) => eb.not(eb.exists(eb.selectFrom('accounts as a').select('a.id').whereRef('a.customer_number', '=', 'h.customer_number'))))
      .orderBy('h.id')
      .execute();
    const at = now.toISOString();
    const codes = rows.map(() => newActivationCode());
    for (let i = 0; i < rows.length; i += 10_000) {
      const ids = rows.slice(i, i + 10_000).map((r) => r.id);
      await sql`UPDATE households SET activation_code = u.code, activation_code_generated_at = ${at}
        FROM unnest(${ids}::int[], ${codes.slice(i, i + 10_000)}::text[]) AS u(id, code) WHERE households.id = u.id`.execute(trx);
    }
    return rows.map((h, i) => addressee(h, codes[i] as string));
  }
}
