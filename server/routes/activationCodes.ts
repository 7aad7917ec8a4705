import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema';
import {
  ActivationCode,
  ActivationLetterRequested,
  BulkLetters,
  CustomerNumberParam,
  LetterJob,
  LetterJobAccepted,
  LetterJobParam,
} from '../../shared/api/customers';
import { audited } from '../audit/audited';
import { assignCodesToHouseholdsWithoutAccount, LetterJobs, newActivationCode } from '../customers/activationCodes';
import { householdFor } from '../customers/contactChanges';
import { logInteraction } from '../customers/interactions';
import { assertLookAlong } from '../customers/lookAlongSessions';
import { ApiError, conflict, notFound } from '../errors';
import { actRoles, customerErrors } from './customers';

/*
 * Activation codes (B8; seed 001 §2.1, §2.2; seed 002 step 3). The code is a secret: showing it is audited
 * as a view, regenerating is audited without it, and it never appears in logs or audit details.
 * Roles: per customer kcc and kcc-admin (the KCC sees the code on the klantkaart, §2.1); the bulk letter
 * run (H2) is administrative work: kcc-admin and admin. A look-along header, if sent, must be valid and
 * is recorded; it is not required (the code is on the customer card, not in the portal).
 *
 * Bulk letters always run as a job: POST → 202 {jobId}; GET …/{jobId} → {state, done, total};
 * GET …/{jobId}/pdf → application/pdf once state is "done" (409 before). Jobs live in server memory.
 */
const tags = ['activation-codes'];
const bulkRoles = { roles: ['kcc-admin', 'admin'] as const };

export async function activationCodeRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { clock, store, portalUrl } = app.ctx;
  const jobs = new LetterJobs();
  app.addHook('onClose', async () => jobs.dropAll());

  // Inside a transaction pass its trx: the single connection would otherwise wait for itself.
  const readCode = async (db: Kysely<DB>, customerNumber: string) => {
    const h = await db
      .selectFrom('households')
      .select(['customer_number', 'activation_code', 'activation_code_generated_at'])
      .where('customer_number', '=', customerNumber)
      .executeTakeFirst();
    if (!h) throw notFound('Klant');
    return { customerNumber: h.customer_number, code: h.activation_code, generatedAt: h.activation_code_generated_at };
  };

  r.get(
    '/customers/:customerNumber/activation-code',
    { config: actRoles, schema: { tags, params: CustomerNumberParam, response: { 200: ActivationCode, ...customerErrors } } },
    async (req) => {
      const nr = req.params.customerNumber;
      return audited(req, { action: 'customer.activation_code.view', target: `customer:${nr}`, customerNumber: nr }, async (trx) => {
        await assertLookAlong(req, trx, nr, { required: false });
        return readCode(trx, nr);
      });
    },
  );

  r.post(
    '/customers/:customerNumber/activation-code',
    { config: actRoles, schema: { tags, params: CustomerNumberParam, response: { 200: ActivationCode, ...customerErrors } } },
    async (req) => {
      const nr = req.params.customerNumber;
      const now = clock.now();
      await audited(req, { action: 'customer.activation_code.regenerate', target: `customer:${nr}`, customerNumber: nr }, async (trx) => {
        await assertLookAlong(req, trx, nr, { required: false });
        const h = await householdFor(trx, nr);
        await trx
          .updateTable('households')
          .set({ activation_code: newActivationCode(), activation_code_generated_at: now.toISOString() })
          .where('id', '=', h.id)
          .execute();
        await logInteraction(trx, { householdId: h.id, at: now, template: 'CP_VERIFICATION_CODE', description: 'Nieuwe verificatiecode aangemaakt', staff: req.staff });
      });
      return readCode(store.db, nr);
    },
  );

  r.post(
    '/customers/:customerNumber/activation-letter-requests',
    { config: actRoles, schema: { tags, params: CustomerNumberParam, response: { 201: ActivationLetterRequested, ...customerErrors } } },
    async (req, reply) => {
      const nr = req.params.customerNumber;
      const now = clock.now();
      const interactionId = await audited(
        req,
        (id: number) => ({ action: 'customer.activation_letter.request', target: `interaction:${id}`, customerNumber: nr }),
        async (trx) => {
          await assertLookAlong(req, trx, nr, { required: false });
          const h = await householdFor(trx, nr);
          return logInteraction(trx, { householdId: h.id, at: now, template: 'CP_VERIFICATION_CODE', description: 'Nieuwe brief met verificatiecode aangevraagd', staff: req.staff });
        },
      );
      reply.code(201);
      return { interactionId, at: now.toISOString() };
    },
  );

  r.post(
    '/activation-letters',
    { config: bulkRoles, schema: { tags, body: BulkLetters, response: { 202: LetterJobAccepted, ...customerErrors } } },
    async (req, reply) => {
      const staff = req.staff;
      if (!staff) throw new ApiError('unauthenticated', 'Niet ingelogd');
      const now = clock.now();
      const letters = await audited(
        req,
        (l: unknown[]) => ({ action: 'activation_letters.generate', details: { onlyWithoutAccount: true, households: l.length } }),
        // Raw statements on the same connection: part of this transaction, fast for 100,000s of rows.
        async () => assignCodesToHouseholdsWithoutAccount(store.sqlite, now),
      );
      reply.code(202);
      return { jobId: jobs.start(letters, portalUrl, staff.id) };
    },
  );

  const job = (id: string) => {
    const j = jobs.get(id);
    if (!j) throw notFound('Briefopdracht');
    return j;
  };

  r.get(
    '/activation-letters/:jobId',
    { config: bulkRoles, schema: { tags, params: LetterJobParam, response: { 200: LetterJob, ...customerErrors } } },
    async (req) => {
      const { jobId, state, done, total, error } = job(req.params.jobId);
      return { jobId, state, done, total, error };
    },
  );

  r.get(
    '/activation-letters/:jobId/pdf',
    { config: bulkRoles, schema: { tags, params: LetterJobParam, response: { 200: z.any(), ...customerErrors } } },
    async (req, reply) => {
      const j = job(req.params.jobId);
      if (j.state !== 'done') throw conflict(j.state === 'failed' ? 'Het maken van de brieven is mislukt.' : 'De brieven worden nog gemaakt.', { state: j.state });
      reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="activeercodes.pdf"')
        .header('cache-control', 'no-store');
      return reply.send(fs.createReadStream(j.file));
    },
  );
}
