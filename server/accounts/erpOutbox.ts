import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

/** The ERP's "Klantportaal-accountstatus" of a household: no account, an account not yet confirmed, or an active one. */
export type ErpAccountStatus = 'not_created' | 'created_not_activated' | 'activated';

/**
 * Queues one account-status message for the ERP and records the status on the household, in the caller's
 * transaction (so the message exists exactly when the change does). Sent automatically when a tenant
 * creates or confirms an account and when staff create, activate or delete one; staff can also resend all at once (erpSync.ts).
 */
export async function queueErpAccountStatus(
  trx: Transaction<DB> | Kysely<DB>,
  customerNumber: string | null,
  status: ErpAccountStatus,
  at: Date,
): Promise<void> {
  if (customerNumber === null) return;
  await trx
    .insertInto('erp_outbox')
    .values({
      created_at: at.toISOString(),
      kind: 'account_status',
      customer_number: customerNumber,
      payload: JSON.stringify({ customerNumber, status }),
      sent_at: null,
    })
    .execute();
  // The customer screen shows the status with the moment it was handed to the ERP.
  await trx
    .updateTable('households')
    .set({ erp_account_status: status, erp_account_status_sent_at: at.toISOString() })
    .where('customer_number', '=', customerNumber)
    .execute();
}

export const ERP_SYNC_META_KEY = 'erp_account_sync_last_sent_at';
