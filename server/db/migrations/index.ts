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

/**
 * Versioned migrations, applied in order on start (migrate.ts). Append only: a released migration
 * is never edited. Numbers reserved per feature so parallel work does not collide:
 * 002 account search index, 003 customer lookup index, 004 registration secret and sign-in counters,
 * 005 audit chain head and MAC, 006 tenant sessions, 007 customer view;
 * 008 labels, e-mail templates and outbox delivery; 009 theme, functionalities and portal roles;
 * 010 knowledge base; 011 partners, schools, weborders, finance; 012 IBAN changes and events;
 * 013 import, customer groups and jobs; 014 bulk-made accounts the activation code claims.
 */
export const migrations: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  { version: 1, name: 'core', sql: m001 },
  { version: 2, name: 'account_search', sql: m002 },
  { version: 3, name: 'customer_search', sql: m003 },
  { version: 4, name: 'auth_limits', sql: m004 },
  { version: 5, name: 'audit_mac', sql: m005 },
  { version: 6, name: 'tenant_sessions', sql: m006 },
  { version: 7, name: 'customer_view', sql: m007 },
  { version: 8, name: 'portal_texts', sql: m008 },
  { version: 9, name: 'portal_look', sql: m009 },
  { version: 10, name: 'knowledge_base', sql: m010 },
  { version: 11, name: 'weborders', sql: m011 },
  { version: 12, name: 'iban_events', sql: m012 },
  { version: 13, name: 'import_groups_jobs', sql: m013 },
  { version: 14, name: 'bulk_account_claim', sql: m014 },
];
