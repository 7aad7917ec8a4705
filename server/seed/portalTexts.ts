import type { Store } from '../db/connection';
import { defaultHash, defaultText, labelDefaultsByKey } from '../labels/catalogue/index';
import { queueMail } from '../mail/outbox';

const PORTAL = 'https://mijn.woonportaal.example.nl';

/**
 * Demo data for the portal texts: two changed labels (one of them outdated: its default changed after it was
 * saved) and a dozen mails in the outbox from the templates: sent, waiting, and one failing with its error.
 * A handful of rows: no measurable seed time.
 */
export async function seedPortalTexts(store: Store, now: Date): Promise<void> {
  const db = store.db;
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  await db.transaction().execute(async (trx) => {
    const menu = labelDefaultsByKey.get('Menu.Menu_Maintenance');
    const woz = labelDefaultsByKey.get('MyContracts.Label_WozInformation');
    if (menu) {
      await trx
        .insertInto('label_overrides')
        .values({ key: menu.key, lang: 'nl', text: 'Reparaties en onderhoud', default_hash: defaultHash(defaultText(menu, 'nl')), default_text: defaultText(menu, 'nl'), version: 1, updated_at: at(60 * 24 * 3), updated_by: 'beheerder' })
        .execute();
      await trx.insertInto('label_history').values({ key: menu.key, lang: 'nl', text: 'Reparaties en onderhoud', version: 1, changed_at: at(60 * 24 * 3), changed_by: 'beheerder' }).execute();
    }
    if (woz) {
      // Saved against an older wording of the default: shown as outdated.
      const older = 'De WOZ-waarde is de waarde van uw woning volgens de gemeente.';
      await trx
        .insertInto('label_overrides')
        .values({ key: woz.key, lang: 'nl', text: 'De WOZ-waarde is de waarde die de gemeente aan uw woning geeft.', default_hash: defaultHash(older), default_text: older, version: 1, updated_at: at(60 * 24 * 40), updated_by: 'beheerder' })
        .execute();
    }
    const households = await trx.selectFrom('households').select(['customer_number', 'email', 'phone']).where('email', '!=', '').orderBy('id').limit(12).execute();
    for (const [i, h] of households.entries()) {
      const when = new Date(now.getTime() - (12 - i) * 47 * 60_000);
      const id =
        i % 3 === 0
          ? await queueMail(trx, { template: 'phone_changed', to: h.email, customerNumber: h.customer_number, values: { phone: h.phone || '06 12345678' }, portalUrl: PORTAL, at: when })
          : await queueMail(trx, {
              template: i % 3 === 1 ? 'account_confirmation' : 'activation_resent',
              to: h.email,
              customerNumber: h.customer_number,
              values: { confirmationLink: `${PORTAL}/account/bevestigen?token=demo-${i}`, validHours: '24', username: '' },
              portalUrl: PORTAL,
              at: when,
            });
      if (i < 8) {
        await trx.updateTable('outbox_mail').set({ sent_at: new Date(when.getTime() + 4_000).toISOString(), attempts: 1, last_attempt_at: new Date(when.getTime() + 4_000).toISOString(), next_attempt_at: null }).where('id', '=', id).execute();
      } else if (i === 8) {
        await trx
          .updateTable('outbox_mail')
          .set({ attempts: 3, last_error: 'connect ECONNREFUSED 10.0.0.25:25', last_attempt_at: at(5), next_attempt_at: new Date(now.getTime() + 115_000).toISOString() })
          .where('id', '=', id)
          .execute();
      }
    }
  });
}
