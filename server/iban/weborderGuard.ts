import { addWeborderCreationGuard, type WeborderCreationGuard } from '../weborders/creationGuards';
import { conflict } from '../errors';
import { openChangeId } from './ibanChangeStore';

/**
 * G4 (seed 000 §2.7): while a partner's IBAN change is pending, the old account may be out of reach, so no new
 * weborder for that partner: 409 with a message the helpdesk can pass on.
 */
export const refuseWhileIbanPending: WeborderCreationGuard = async (trx, partnerId) => {
  const open = await openChangeId(trx, 'partner', partnerId);
  if (open === null) return null;
  return conflict(
    `Voor deze partner loopt een IBAN-wijziging (nummer ${open}). Zolang die niet is goedgekeurd of afgewezen worden er geen nieuwe weborders voor deze partner aangemaakt.`,
    { reason: 'iban_change_pending', existingId: open },
  );
};

export function installIbanWeborderGuard(): void {
  addWeborderCreationGuard(refuseWhileIbanPending);
}
