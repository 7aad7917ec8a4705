import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { Person } from '../../shared/api/customers';
import { LOOK_ALONG_HEADER } from '../../shared/api/route';
import { customerRoutes } from '../../shared/api/routes/customers';
import { audited, type AuditWhat } from '../audit/audited';
import { recordView } from '../audit/viewLog';
import type { AuthedStaff } from '../context';
import { readActivationCode, regenerateActivationCode, requestActivationLetter } from '../customers/activationCodes';
import { changeCorrespondenceAddress, changePhone, requestEmailChange } from '../customers/contactChanges';
import { customerEngine } from '../customers/customerEngine';
import { assertLookAlong, endLookAlong, openLookAlong, ownLookAlong, toLookAlong, type LookAlongClaim } from '../customers/lookAlongSessions';
import { addPerson, removePerson, updatePerson } from '../customers/persons';
import { createPortalLink } from '../customers/portalLinks';
import type { DB } from '../db/schema';
import { ApiError } from '../errors';
import { defineHandlers } from '../http/routeTable';
import { householdLetterPdf } from '../letters/activationLetters';
import { householdAddressee, mailingNames } from '../letters/householdLetter';
import { sendLetter, sendMailing } from '../letters/sendLetterPdf';
import { jobEngine } from '../jobs/jobEngine';
import { createJob } from '../jobs/jobStore';

/** What the call claims about its look-along session (the guard reads the header only on routes that take one). */
const claimOf = (req: FastifyRequest, staff: AuthedStaff): LookAlongClaim => ({
  staffId: staff.id,
  sessionId: staff.lookAlongSessionId,
  headerSent: req.headers[LOOK_ALONG_HEADER] !== undefined,
});

/**
 * A call on a route that takes a look-along session: the session check, the work and its audit entry (`what`,
 * with the customer number) in one transaction, the check first. A refused session records nothing, and the
 * entry only ever names a session verified here. Whether a session is required comes from the route's table entry.
 */
function inLookAlong<T>(
  req: FastifyRequest,
  staff: AuthedStaff,
  customerNumber: string,
  work: (trx: Transaction<DB>, now: Date) => Promise<T>,
  what: (result: T) => Omit<AuditWhat, 'customerNumber'>,
): Promise<T> {
  const now = req.server.ctx.clock.now();
  const required = req.routeOptions.config.lookAlong === 'required';
  return audited(
    req,
    (result: T) => ({ ...what(result), customerNumber }),
    async (trx) => {
      await assertLookAlong(trx, claimOf(req, staff), customerNumber, { required, now });
      return work(trx, now);
    },
  );
}

/** A household person as the overview shows it (the answer to a person change). */
async function personView(req: FastifyRequest, customerNumber: string, id: number): Promise<Person> {
  const overview = await customerEngine(req.server).overview.read(customerNumber, req.server.ctx.clock.now());
  const person = overview.household.persons.find((p) => p.id === id);
  if (!person) throw new ApiError('not_found', 'Persoon niet gevonden');
  return person;
}

/**
 * Customer lookup and the customer's view; look-along sessions; acting on the customer's behalf (each change
 * inside a live look-along session of the same staff member for the same customer, audited with that session,
 * and logged as an interaction on the staff member's name in the customer's timeline); activation codes (a
 * secret: viewing is audited, the code never appears in audit details) and the activation letters (two per
 * household, posted apart: single ones made in memory, the bulk run as a job whose PDFs only its own staff
 * member can fetch, once).
 */
export const customerHandlers = defineHandlers(customerRoutes, {
  // Reading personal data is audited too (customer.view; written in batches, see viewLog.ts): a lookup names the
  // customers it showed, never the term.
  'customers.search': async ({ req, ctx, query }) => {
    const result = await customerEngine(req.server).search.search(query, ctx.clock.now());
    if (result.items.length > 0) recordView(req, { via: 'search', customerNumbers: result.items.map((r) => r.customerNumber) });
    return result;
  },
  'customers.overview': async ({ req, ctx, staff, params }) => {
    const claim = claimOf(req, staff);
    // Inside a look-along session the view keeps it alive; a foreign, ended or expired one is refused.
    if (claim.headerSent) {
      const now = ctx.clock.now();
      await ctx.store.db.transaction().execute((trx) => assertLookAlong(trx, claim, params.customerNumber, { required: false, now }));
    }
    const overview = await customerEngine(req.server).overview.read(params.customerNumber, ctx.clock.now());
    recordView(req, { via: 'overview', customerNumber: overview.household.customerNumber });
    return overview;
  },

  'lookAlong.start': async ({ req, ctx, staff, params }) => {
    const nr = params.customerNumber;
    // The audit entry of the start names the new session.
    const row = await audited(
      req,
      (s: { id: string }) => ({ action: 'look_along.start', target: `look_along:${s.id}`, customerNumber: nr, details: { sessionId: s.id } }),
      (trx) => openLookAlong(trx, staff.id, nr, ctx.clock.now()),
    );
    return { sessionId: row.id, expiresAt: row.expires_at };
  },
  'lookAlong.get': async ({ ctx, staff, params }) => toLookAlong(await ownLookAlong(ctx.store.db, params.sessionId, staff.id), ctx.clock.now()),
  'lookAlong.stop': async ({ req, ctx, staff, params }) => {
    const row = await ownLookAlong(ctx.store.db, params.sessionId, staff.id);
    const details = { sessionId: row.id, alreadyEnded: row.ended_at !== null };
    await audited(req, { action: 'look_along.end', target: `look_along:${row.id}`, customerNumber: row.customer_number, details }, (trx) =>
      endLookAlong(trx, row, ctx.clock.now()),
    );
  },
  // A signed one-time link into the web portal as this customer (two minutes); it acts as the customer.
  'customers.portalLink': async ({ req, ctx, staff, params }) => {
    const nr = params.customerNumber;
    const link = await inLookAlong(
      req,
      staff,
      nr,
      (trx, now) => createPortalLink(trx, nr, staff.id, now, ctx.portalUrl, staff.lookAlongSessionId),
      (l) => ({ action: 'customer.portal_link.create', target: `one_time_link:${l.linkId}` }),
    );
    return { url: link.url, expiresAt: link.expiresAt };
  },

  'onBehalf.phone': async ({ req, ctx, staff, params, body }) => {
    const nr = params.customerNumber;
    await inLookAlong(
      req,
      staff,
      nr,
      (trx, now) => changePhone(trx, nr, body.phone, body.version, { staff, now, portalUrl: ctx.portalUrl }),
      () => ({ action: 'customer.phone.update', target: `customer:${nr}`, details: { phone: body.phone.trim() } }),
    );
    return customerEngine(req.server).overview.contact(nr);
  },
  'onBehalf.email': async ({ req, ctx, staff, params, body }) => {
    const nr = params.customerNumber;
    await inLookAlong(
      req,
      staff,
      nr,
      (trx, now) => requestEmailChange(trx, nr, body.email, body.version, ctx.portalUrl, { staff, now, portalUrl: ctx.portalUrl }),
      () => ({ action: 'customer.email.change_requested', target: `customer:${nr}`, details: { pendingEmail: body.email } }),
    );
    return customerEngine(req.server).overview.contact(nr);
  },
  'onBehalf.address': async ({ req, ctx, staff, params, body: b }) => {
    const nr = params.customerNumber;
    const details = { postcode: b.postcode, houseNumber: b.houseNumber, addition: b.addition ?? '', street: b.street, city: b.city };
    await inLookAlong(
      req,
      staff,
      nr,
      (trx, now) => changeCorrespondenceAddress(trx, nr, b, { staff, now, portalUrl: ctx.portalUrl }),
      () => ({ action: 'customer.correspondence_address.update', target: `customer:${nr}`, details }),
    );
    return customerEngine(req.server).overview.contact(nr);
  },
  'onBehalf.addPerson': async ({ req, staff, params, body }) => {
    const nr = params.customerNumber;
    const id = await inLookAlong(
      req,
      staff,
      nr,
      (trx, now) => addPerson(trx, nr, body, { staff, now }),
      (pid) => ({ action: 'customer.person.create', target: `person:${pid}`, details: { roleCode: body.roleCode } }),
    );
    return personView(req, nr, id);
  },
  'onBehalf.updatePerson': async ({ req, staff, params, body }) => {
    const { customerNumber: nr, id } = params;
    await inLookAlong(
      req,
      staff,
      nr,
      (trx, now) => updatePerson(trx, nr, id, body, { staff, now }),
      () => ({ action: 'customer.person.update', target: `person:${id}`, details: { roleCode: body.roleCode } }),
    );
    return personView(req, nr, id);
  },
  'onBehalf.removePerson': async ({ req, staff, params, query }) => {
    const { customerNumber: nr, id } = params;
    await inLookAlong(
      req,
      staff,
      nr,
      (trx, now) => removePerson(trx, nr, id, query.version, { staff, now }),
      () => ({ action: 'customer.person.delete', target: `person:${id}` }),
    );
  },

  // A look-along session is optional here (the code is on the customer card, not in the portal); when sent it
  // must be the caller's own, live and for this customer, and the audit entry records it.
  'activation.get': async ({ req, staff, params }) => {
    const nr = params.customerNumber;
    return inLookAlong(req, staff, nr, (trx) => readActivationCode(trx, nr), () => ({ action: 'customer.activation_code.view', target: `customer:${nr}` }));
  },
  'activation.regenerate': async ({ req, staff, params }) => {
    const nr = params.customerNumber;
    return inLookAlong(
      req,
      staff,
      nr,
      (trx, now) => regenerateActivationCode(trx, nr, { staff, now }),
      () => ({ action: 'customer.activation_code.regenerate', target: `customer:${nr}` }),
    );
  },
  'activation.requestLetter': async ({ req, staff, params }) => {
    const nr = params.customerNumber;
    return inLookAlong(
      req,
      staff,
      nr,
      async (trx, now) => ({ interactionId: await requestActivationLetter(trx, nr, { staff, now }), at: now.toISOString() }),
      (r) => ({ action: 'customer.activation_letter.request', target: `interaction:${r.interactionId}` }),
    );
  },
  // It carries the customer number or the code: audited (without the code), and never written to disk.
  'activation.letterPdf': async ({ req, ctx, staff, reply, params }) => {
    const { customerNumber: nr, part } = params;
    const pdf = await inLookAlong(
      req,
      staff,
      nr,
      async (trx, now) => householdLetterPdf(part, await householdAddressee(trx, nr), { portalUrl: ctx.portalUrl, date: now }),
      () => ({ action: 'customer.activation_letter.print', target: `customer:${nr}`, details: { part } }),
    );
    return sendLetter(reply, pdf, `activatiebrief-${nr}-brief-${part}-${mailingNames[part]}.pdf`);
  },

  // The bulk run always is a durable job (server/jobs/): its progress is polled, and each mailing's PDF fetched once it is done (409 before).
  'letters.start': async ({ req, ctx, staff }) => {
    const job = await audited(
      req,
      (j: { jobId: string; total: number }) => ({
        action: 'activation_letters.generate',
        target: `job:${j.jobId}`,
        details: { onlyWithoutAccount: true, households: j.total },
      }),
      async (trx) => {
        const rows = await trx
          .selectFrom('households as h')
          .select('h.customer_number')
          .where(({ not, exists, selectFrom }) => not(exists(selectFrom('accounts as a').select('a.id').whereRef('a.customer_number', '=', 'h.customer_number'))))
          .orderBy('h.id')
          .execute();
        return createJob(trx, { kind: 'activation_letters', staff, sourceAddress: req.ip, customerNumbers: rows.map((r) => r.customer_number), now: ctx.clock.now() });
      },
    );
    jobEngine(req.server).runner.kick();
    return { jobId: job.jobId };
  },
  'letters.status': async ({ req, staff, params }) => jobEngine(req.server).letters.status(params.jobId, staff.id),
  // Refused downloads (someone else's job, not ready, already fetched) write no audit entry.
  'letters.pdf': async ({ req, reply, staff, params }) => {
    const { jobId, part } = params;
    const jobs = jobEngine(req.server).letters;
    await jobs.check(jobId, staff.id, part);
    await audited(req, { action: 'activation_letters.download', target: `letter_job:${jobId}`, details: { part } }, async () => undefined);
    return sendMailing(reply, await jobs.take(jobId, staff.id, part), `activatiebrieven-verzending-${part}-${mailingNames[part]}s.pdf`);
  },
});
