import PDFDocument from 'pdfkit';
import type { Store } from '../db/connection';
import { storeProof } from '../iban/proofFiles';
import { formatIban } from '../../shared/domain/iban';
import { nlIban } from './iban';

const DAY_MS = 86_400_000;

/** A one-page "bank statement" PDF as the proof of a demo change (what the helpdesk sees in the details). */
function statementPdf(accountName: string, iban: string, at: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A5', margin: 40, info: { Title: 'Rekeningafschrift (demo)' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(16).text('Rekeningafschrift', { underline: true }).moveDown();
    doc.fontSize(11).text(`Tenaamstelling: ${accountName}`).text(`IBAN: ${formatIban(iban)}`).text(`Datum: ${at.toISOString().slice(0, 10)}`).moveDown();
    doc.fontSize(9).fillColor('#666').text('Demogegevens van KCC Desk — geen echt afschrift.');
    doc.end();
  });
}

/**
 * Demo IBAN changes for a first run (after the demo staff exist): one pending partner change entered by
 * `helpdesk` (so `helpdesk2` can approve it), one overdue one entered by `helpdesk2`, and one decided. Only into a
 * database with partners and no changes yet.
 */
export async function seedDemoIbanChanges(store: Store, now: Date): Promise<number> {
  const { db } = store;
  if (await db.selectFrom('iban_changes').select('id').limit(1).executeTakeFirst()) return 0;
  const staff = await db.selectFrom('staff_users').select(['id', 'username', 'display_name']).where('username', 'in', ['helpdesk', 'helpdesk2']).execute();
  const hd = staff.find((s) => s.username === 'helpdesk');
  const hd2 = staff.find((s) => s.username === 'helpdesk2');
  if (!hd || !hd2) return 0;
  const partners = await db.selectFrom('partners').select(['id', 'name', 'iban']).where('status', '=', 'active').where('iban', '<>', '').orderBy('id', 'desc').limit(3).execute();
  if (partners.length < 3) return 0;
  const plan = [
    { p: partners[0]!, by: hd, days: 2, status: 'pending' as const, bank: 'RABO', account: '0301234567' },
    { p: partners[1]!, by: hd2, days: 35, status: 'pending' as const, bank: 'INGB', account: '0007654321' },
    { p: partners[2]!, by: hd, days: 60, status: 'approved' as const, bank: 'TRIO', account: '0212345678' },
  ];
  for (const x of plan) {
    const at = new Date(now.getTime() - x.days * DAY_MS);
    const newIban = nlIban(x.bank, x.account);
    const accountName = `Stichting ${x.p.name}`;
    const pdf = await statementPdf(accountName, newIban, at);
    const key = storeProof(store.dataDir, pdf);
    const decided = x.status === 'approved' ? { decided_by_staff_id: hd2.id, decided_by_name: hd2.display_name, decided_at: new Date(at.getTime() + DAY_MS).toISOString() } : {};
    await db
      .insertInto('iban_changes')
      .values({
        party: 'partner',
        party_id: x.p.id,
        old_iban: x.p.iban,
        new_iban: newIban,
        account_name: accountName,
        director_cc: 'directie@example.nl',
        payment_method: null,
        mandate_reference: null,
        proof_file_name: 'rekeningafschrift.pdf',
        proof_content_type: 'application/pdf',
        proof_size: pdf.length,
        proof_key: key,
        status: x.status,
        entered_by_staff_id: x.by.id,
        entered_by_account_id: null,
        entered_by_name: x.by.display_name,
        entered_at: at.toISOString(),
        ...decided,
      })
      .execute();
    if (x.status === 'approved') await db.updateTable('partners').set({ iban: newIban, iban_account_name: accountName }).where('id', '=', x.p.id).execute();
  }
  return plan.length;
}
