import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { engineOf } from '../db/engine';
import { isoInstant } from '../db/timeSql';
import { ERP_SYNC_META_KEY } from './erpOutbox';

/**
 * "Stuur account-informatie naar ERP" (send the account status of every household to the ERP): one message per
 * account request and per activated account, marked sent at once (the ERP picks them up from the outbox),
 * each household's status updated, and the moment remembered. Set-based SQL: a million households take
 * seconds, not minutes.
 */
export async function runErpSync(trx: Transaction<DB>, now: Date): Promise<{ sentAt: string; count: number }> {
  const at = now.toISOString();
  const atValue = isoInstant(trx, at);
  // SQLite's json_object is PostgreSQL's json_build_object (payload is jsonb there, text in SQLite).
  const jsonObject = sql.raw(engineOf(trx) === 'postgres' ? 'json_build_object' : 'json_object');
  // The status of a customer: activated (confirmed account) > created_not_activated (account) > not_created.
  const statusOf = sql`CASE
      WHEN EXISTS (SELECT 1 FROM accounts x WHERE x.customer_number = r.customer_number AND x.confirmed_at IS NOT NULL) THEN 'activated'
      WHEN EXISTS (SELECT 1 FROM accounts x WHERE x.customer_number = r.customer_number) THEN 'created_not_activated'
      ELSE 'not_created' END`;
  const fromRequests = await sql`
    INSERT INTO erp_outbox (created_at, kind, customer_number, payload, sent_at)
    SELECT ${atValue}, 'account_status', r.customer_number,
      ${jsonObject}('customerNumber', r.customer_number, 'status', ${statusOf}, 'source', 'account_request', 'requestId', r.id), ${atValue}
    FROM account_requests r
    WHERE EXISTS (SELECT 1 FROM households h WHERE h.customer_number = r.customer_number)`.execute(trx);
  const fromAccounts = await sql`
    INSERT INTO erp_outbox (created_at, kind, customer_number, payload, sent_at)
    SELECT ${atValue}, 'account_status', a.customer_number,
      ${jsonObject}('customerNumber', a.customer_number, 'status', 'activated', 'source', 'account', 'accountId', a.id), ${atValue}
    FROM accounts a
    WHERE a.confirmed_at IS NOT NULL AND a.customer_number IS NOT NULL`.execute(trx);
  // The households a message went to (a request, or a confirmed account) record the moment; a household with a
  // request but no account was told "not_created".
  const confirmed = sql`EXISTS (SELECT 1 FROM accounts x WHERE x.customer_number = households.customer_number AND x.confirmed_at IS NOT NULL)`;
  const anyAccount = sql`EXISTS (SELECT 1 FROM accounts x WHERE x.customer_number = households.customer_number)`;
  const anyRequest = sql`EXISTS (SELECT 1 FROM account_requests r WHERE r.customer_number = households.customer_number)`;
  await sql`
    UPDATE households SET
      erp_account_status = CASE WHEN ${confirmed} THEN 'activated' WHEN ${anyAccount} THEN 'created_not_activated' ELSE 'not_created' END,
      erp_account_status_sent_at = CASE WHEN ${anyRequest} OR ${confirmed} THEN ${at} ELSE erp_account_status_sent_at END
    WHERE ${anyAccount} OR ${anyRequest}`.execute(trx);
  await trx
    .insertInto('meta')
    .values({ key: ERP_SYNC_META_KEY, value: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: at }))
    .execute();
  const count = Number(fromRequests.numAffectedRows ?? 0n) + Number(fromAccounts.numAffectedRows ?? 0n);
  return { sentAt: at, count };
}

export async function lastErpSync(db: Kysely<DB>): Promise<string | null> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', ERP_SYNC_META_KEY).executeTakeFirst();
  return row?.value ?? null;
}
