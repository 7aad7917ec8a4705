import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { defaultText, labelDefaults, type LabelLang } from './catalogue/index';

/**
 * The portal's texts as the tenant sees them: every shipped default in `lang`, with the saved overrides on
 * top. Read per call (one small query), so a change is live at the next page load. Takes the connection or
 * a transaction (Transaction<DB> extends Kysely<DB>).
 */
export async function effectiveLabels(db: Kysely<DB>, lang: LabelLang): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const l of labelDefaults) out[l.key] = defaultText(l, lang);
  const overrides = await db.selectFrom('label_overrides').select(['key', 'text']).where('lang', '=', lang).where('text', 'is not', null).execute();
  for (const o of overrides) {
    // An override of a label the catalogue no longer ships is not served.
    if (o.text !== null && o.key in out) out[o.key] = o.text;
  }
  return out;
}
