import type Database from 'better-sqlite3';
import { rebuildFts } from '../db/ftsRebuild';
import {
  accountSearchRebuild,
  accountSearchTriggerNames,
  accountSearchTriggers,
} from '../db/migrations/002_account_search';

/**
 * Upkeep of the SQLite account search index (the FTS5 table behind SqliteAccountSearch), for the SQLite-only
 * bulk loader. Bulk loads (the demo seed of up to a million households) are faster when the account search index is
 * built once at the end than row by row through the triggers. Call `suspendAccountSearch` before the
 * load and `rebuildAccountSearch` after it (also when the load failed: it puts the triggers back).
 * Without these calls the triggers keep the index current on their own; the result is the same.
 */
export function suspendAccountSearch(db: Database.Database): void {
  for (const name of accountSearchTriggerNames) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
}

/** Rebuilds the whole index from accounts + households and restores the triggers, in one transaction. */
export function rebuildAccountSearch(db: Database.Database): void {
  rebuildFts(db, 'account_search', accountSearchRebuild, accountSearchTriggers);
}

/** True when every trigger is in place (false between suspend and rebuild). */
export function accountSearchLive(db: Database.Database): boolean {
  const n = db
    .prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'account_search_%'`)
    .get() as { n: number };
  return n.n === accountSearchTriggerNames.length;
}
