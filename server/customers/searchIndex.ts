import type Database from 'better-sqlite3';
import { rebuildFts } from '../db/ftsRebuild';
import {
  customerSearchRebuild,
  customerSearchTriggerNames,
  customerSearchTriggers,
} from '../db/migrations/003_customer_search';

/**
 * Bulk loads (the demo seed of up to a million households) are faster when the customer lookup index is
 * built once at the end than row by row through the triggers. Call `suspendCustomerSearch` before the
 * load and `rebuildCustomerSearch` after it (also when the load failed: it puts the triggers back).
 * Without these calls the triggers keep the index current on their own; the result is the same.
 */
export function suspendCustomerSearch(db: Database.Database): void {
  for (const name of customerSearchTriggerNames) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
}

/** Rebuilds the whole index from households and restores the triggers, in one transaction. */
export function rebuildCustomerSearch(db: Database.Database): void {
  rebuildFts(db, 'customer_search', customerSearchRebuild, customerSearchTriggers);
}

/** True when every trigger is in place (false between suspend and rebuild). */
export function customerSearchLive(db: Database.Database): boolean {
  const n = db
    .prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'customer_search_%'`)
    .get() as { n: number };
  return n.n === customerSearchTriggerNames.length;
}
