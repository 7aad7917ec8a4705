import m001 from './001_core';
import m002 from './002_account_search';
import m003 from './003_customer_search';
import m004 from './004_auth_limits';
import m005 from './005_audit_mac';
import m006 from './006_tenant_sessions';
import m007 from './007_customer_view';
import m008 from './008_portal_texts';
import m009 from './009_portal_look';
import m010 from './010_knowledge_base';
import m011 from './011_weborders';
import m012 from './012_iban_events';
import m013 from './013_import_groups_jobs';
import m014 from './014_bulk_account_claim';
import m015 from './015_search_keys';
import m016 from './016_time_types';
import m017 from './017_name_words';
import pg001 from './postgres/001_core';
import pg002 from './postgres/002_account_search';
import pg003 from './postgres/003_customer_search';
import pg004 from './postgres/004_auth_limits';
import pg005 from './postgres/005_audit_mac';
import pg006 from './postgres/006_tenant_sessions';
import pg007 from './postgres/007_customer_view';
import pg008 from './postgres/008_portal_texts';
import pg009 from './postgres/009_portal_look';
import pg010 from './postgres/010_knowledge_base';
import pg011 from './postgres/011_weborders';
import pg012 from './postgres/012_iban_events';
import pg013 from './postgres/013_import_groups_jobs';
import pg014 from './postgres/014_bulk_account_claim';
import pg015 from './postgres/015_search_keys';
import pg016 from './postgres/016_time_types';
import pg017 from './postgres/017_name_words';

/**
 * Versioned migrations, applied in order on start (migrate.ts). Append only: a released migration
 * is never edited. Numbers reserved per feature so parallel work does not collide:
 * 002 account search index, 003 customer lookup index, 004 registration secret and sign-in counters,
 * 005 audit chain head and MAC, 006 tenant sessions, 007 customer view;
 * 008 labels, e-mail templates and outbox delivery; 009 theme, functionalities and portal roles;
 * 010 knowledge base; 011 partners, schools, weborders, finance; 012 IBAN changes and events;
 * 013 import, customer groups and jobs; 014 bulk-made accounts the activation code claims;
 * 015 PostgreSQL search keys with e-mail punctuation; 016 PostgreSQL times as timestamptz/date (SQLite: nothing);
 * 017 PostgreSQL household-name words beside the search documents.
 *
 * One entry per version, for both engines (see README, "Storage engines"):
 * - `{ version, name, sqlite, postgres }`: per-engine SQL (the PostgreSQL files live in ./postgres/, same name);
 * - `{ version, name, both }`: one SQL text that runs unchanged on both (no AUTOINCREMENT/INTEGER PRIMARY KEY
 *   ids, no FTS5, no NOCASE, no SQLite functions);
 * - `{ version, name, sql }`: SQLite only (not yet ported): a PostgreSQL database refuses to start with a clear
 *   error naming the migration, never half-migrated.
 */
export type Migration = { version: number; name: string } & (
  | { sqlite: string; postgres: string }
  | { both: string }
  | { sql: string }
);

export const migrations: ReadonlyArray<Migration> = [
  { version: 1, name: 'core', sqlite: m001, postgres: pg001 },
  { version: 2, name: 'account_search', sqlite: m002, postgres: pg002 },
  { version: 3, name: 'customer_search', sqlite: m003, postgres: pg003 },
  { version: 4, name: 'auth_limits', sqlite: m004, postgres: pg004 },
  { version: 5, name: 'audit_mac', sqlite: m005, postgres: pg005 },
  { version: 6, name: 'tenant_sessions', sqlite: m006, postgres: pg006 },
  { version: 7, name: 'customer_view', sqlite: m007, postgres: pg007 },
  { version: 8, name: 'portal_texts', sqlite: m008, postgres: pg008 },
  { version: 9, name: 'portal_look', sqlite: m009, postgres: pg009 },
  { version: 10, name: 'knowledge_base', sqlite: m010, postgres: pg010 },
  { version: 11, name: 'weborders', sqlite: m011, postgres: pg011 },
  { version: 12, name: 'iban_events', sqlite: m012, postgres: pg012 },
  { version: 13, name: 'import_groups_jobs', sqlite: m013, postgres: pg013 },
  { version: 14, name: 'bulk_account_claim', sqlite: m014, postgres: pg014 },
  { version: 15, name: 'search_keys', sqlite: m015, postgres: pg015 },
  { version: 16, name: 'time_types', sqlite: m016, postgres: pg016 },
  { version: 17, name: 'name_words', sqlite: m017, postgres: pg017 },
];

/** The SQL of a migration for an engine; null when it has none for PostgreSQL yet. */
export function migrationSql(m: Migration, engine: 'sqlite' | 'postgres'): string | null {
  if ('both' in m) return m.both;
  if ('sql' in m) return engine === 'sqlite' ? m.sql : null;
  return engine === 'sqlite' ? m.sqlite : m.postgres;
}
