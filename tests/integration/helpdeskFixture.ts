import type { TestServer } from './support/testServer';

/** A 1×1 PNG: real magic bytes, as a proof. */
export const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
export const pngProof = { fileName: 'bankpas.png', contentType: 'image/png' as const, dataBase64: PNG_BASE64 };

export const OLD_IBAN = 'NL91ABNA0417164300';
export const NEW_IBAN = 'NL44RABO0123456789';

/** A cultural partner with bank details, inserted directly (the weborders area owns its screens). */
export async function insertPartner(s: TestServer, name = 'Theater De Spiegel', iban = OLD_IBAN): Promise<number> {
  const now = s.clock.now().toISOString();
  const p = await s.store.db
    .insertInto('partners')
    .values({ name, status: 'active', applied_at: now, created_at: now, updated_at: now, iban, iban_account_name: `Stichting ${name}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return p.id;
}
