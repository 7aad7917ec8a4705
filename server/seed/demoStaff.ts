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
  const db = store.sqlite;
  const exists = db.prepare('SELECT 1 FROM staff_users WHERE username = ?');
  const insert = db.prepare(
    'INSERT INTO staff_users (username, display_name, password_hash, roles, active, created_at) VALUES (?, ?, ?, ?, 1, ?)',
  );
  const hashes = await Promise.all(demoStaff.map((s) => hashPassword(s.password)));
  let added = 0;
  db.transaction(() => {
    const empty = db.prepare('SELECT 1 FROM staff_users LIMIT 1').get() === undefined;
    if (empty) writeDemoMarker(db, now);
    demoStaff.forEach((s, i) => {
      if (exists.get(s.username) !== undefined) return;
      insert.run(s.username, s.displayName, hashes[i] as string, s.roles.join(','), now.toISOString());
      added++;
    });
  })();
  // Demo IBAN changes name the demo helpdesk members, so they come once those exist (issue 13).
  await seedDemoIbanChanges(store, now);
  return added;
}
