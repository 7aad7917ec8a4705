import type Database from 'better-sqlite3';
import { rebuildFts } from '../db/ftsRebuild';
import { kbSearchRebuild, kbSearchTriggerNames, kbSearchTriggers } from '../db/migrations/010_knowledge_base';

/**
 * Upkeep of the SQLite knowledge-base search index (FTS5 behind SqliteKbSearch) for SQLite-only bulk loads
 * (the bench's generated 100,000 questions): drop the triggers before the load, rebuild once after it.
 */
export function suspendKbSearch(db: Database.Database): void {
  for (const name of kbSearchTriggerNames) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
}

export function rebuildKbSearch(db: Database.Database): void {
  rebuildFts(db, 'kb_question_search', kbSearchRebuild, kbSearchTriggers);
}
