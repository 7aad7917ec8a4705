import type { Store } from '../db/connection';
import { hashPassword } from '../security/passwords';
import { writeDemoMarker } from './demoMarker';
import { seedDemoIbanChanges } from './ibanChanges';

export interface DemoStaffUser {
  username: string;
  password: string;
  displayName: string;
  roles: readonly ('admin' | 'kcc-admin' | 'kcc' | 'helpdesk')[];
}

/** Demo staff sign-ins (shown on the demo's sign-in help; never use these outside a demo). */
export const demoStaff: readonly DemoStaffUser[] = [
  { username: 'beheerder', password: 'Beheer!2026', displayName: 'Anna Bakker', roles: ['admin', 'kcc-admin', 'kcc'] },
  { username: 'kcc', password: 'Kcc!2026', displayName: 'Pieter de Jong', roles: ['kcc'] },
  { username: 'kccbeheer', password: 'KccBeheer!2026', displayName: 'Fatima El Amrani', roles: ['kcc', 'kcc-admin'] },
  { username: 'helpdesk', password: 'Helpdesk!2026', displayName: 'Sanne Visser', roles: ['helpdesk'] },
  // A second helpdesk member: IBAN changes need four eyes (one enters, another decides).
  { username: 'helpdesk2', password: 'Helpdesk2!2026', displayName: 'Joris Mulder', roles: ['helpdesk'] },
];

/**
 * Inserts the demo staff users (scrypt hashes, roles comma-separated). Usernames that already
 * exist are left alone, so running it twice is harmless. Returns how many were added. Into a folder
 * without any staff it also writes the demo marker: only then are the listed passwords this folder's.
 */
export async function seedDemoStaff(store: Store, now: Date = new Date()): Promise<number> {
  const hashes = await Promise.all(demoStaff.map((s) => hashPassword(s.password)));
  const result = await store.db.transaction().execute(async (trx) => {
    const empty = (await trx.selectFrom('staff_users').select('id').limit(1).executeTakeFirst()) === undefined;
    if (empty) await writeDemoMarker(trx, now);
    let added = 0;
    for (const [i, s] of demoStaff.entries()) {
      const exists = await trx.selectFrom('staff_users').select('id').where('username', '=', s.username).executeTakeFirst();
      if (exists) continue;
      await trx
        .insertInto('staff_users')
        .values({ username: s.username, display_name: s.displayName, password_hash: hashes[i] as string, roles: s.roles.join(','), active: 1, created_at: now.toISOString() })
        .execute();
      added++;
    }
    return added;
  });
  // Demo IBAN changes name the demo helpdesk members, so they come once those exist (issue 13).
  await seedDemoIbanChanges(store, now);
  return result;
}
