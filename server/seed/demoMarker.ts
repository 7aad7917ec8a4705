import type { Transaction } from 'kysely';
import type { Store } from '../db/connection';
import type { DB } from '../db/schema';

/**
 * Marks a data folder whose staff users were created by the demo seed. Only such a folder may run in
 * demo mode (the sign-in screen then lists the demo passwords): pointing `--demo` at an existing
 * folder with real staff must not advertise anything, nor turn it into a demo.
 */
export const DEMO_MARKER_KEY = 'demo_data_created_at';

/** Writes the marker; call inside the transaction that inserts the demo staff into an empty folder. */
export async function writeDemoMarker(trx: Transaction<DB>, now: Date): Promise<void> {
  await trx
    .insertInto('meta')
    .values({ key: DEMO_MARKER_KEY, value: now.toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/** Whether the demo seed created this folder's staff users (see DEMO_MARKER_KEY). */
export async function hasDemoMarker(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom('meta').select('value').where('key', '=', DEMO_MARKER_KEY).executeTakeFirst();
  return row !== undefined;
}

/** What the server says when `--demo` is asked for a folder the demo did not create. */
export const DEMO_REFUSED_NOTICE =
  'Demomodus staat uit: deze datamap is niet door de demo aangemaakt, dus het inlogscherm toont geen demo-wachtwoorden.';
