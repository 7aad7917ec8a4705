import { helpdeskRoutes } from '../../shared/api/routes/helpdesk';
import type { IbanChange } from '../../shared/api/iban';
import { maskIban } from '../../shared/domain/iban';
import { attentionOverview } from '../attention/attentionQuery';
import { audited } from '../audit/audited';
import { bearerToken } from '../auth/staffGuard';
import { ApiError } from '../errors';
import { eventBus } from '../events/eventBus';
import { eventBacklog, openEventStream, resumeFrom } from '../events/eventStream';
import { defineHandlers } from '../http/routeTable';
import { approveIbanChange, createIbanChange, getIbanChange, listIbanChanges, openChangeId, proofOf, rejectIbanChange, type Decision } from '../iban/ibanChangeStore';
import { currentBank } from '../iban/partyBank';
import { checkProof, discardProof, readProof, storeProof } from '../iban/proofFiles';
import { tenantIbanChange } from '../iban/tenantIbanChange';
import { installIbanWeborderGuard } from '../iban/weborderGuard';

installIbanWeborderGuard();

/** The audit record of a decision: the bank details before and after, whole (the audit entry is the record). */
const decisionDetails = (d: Decision) => ({
  party: d.change.party,
  partyId: d.change.partyId,
  before: d.before,
  after: d.after,
  reason: d.change.reason,
  enteredBy: d.change.enteredBy,
});

/** IBAN changes (four eyes), the attention overview, live events. */
export const helpdeskHandlers = defineHandlers(helpdeskRoutes, {
  'ibanChanges.list': async ({ ctx, query }) => listIbanChanges(ctx.store.db, query, ctx.clock.now()),
  'ibanChanges.get': async ({ ctx, params }) => getIbanChange(ctx.store.db, params.id, ctx.clock.now()),
  'ibanChanges.proof': async ({ ctx, params, reply }) => {
    const proof = await proofOf(ctx.store.db, params.id);
    const bytes = readProof(ctx.store.dataDir, proof.key);
    if (!bytes) throw new ApiError('not_found', 'Het bewijsstuk is niet meer aanwezig', { reason: 'proof_missing' });
    reply
      .type(proof.contentType)
      .header('content-disposition', `inline; filename="${proof.fileName.replace(/["\\\r\n]/g, '_')}"`)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      // Shown inside the app only: a PDF may not run script nor be framed elsewhere.
      .header('content-security-policy', "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox");
    return new Uint8Array(bytes);
  },
  'ibanChanges.partyBank': async ({ ctx, query }) => {
    const bank = await currentBank(ctx.store.db, query.party, query.partyId);
    return {
      party: bank.party,
      partyId: bank.partyId,
      partyName: bank.partyName,
      iban: bank.iban,
      accountName: bank.accountName,
      pendingChangeId: await openChangeId(ctx.store.db, query.party, query.partyId),
    };
  },
  'ibanChanges.create': async ({ ctx, req, staff, body }) => {
    const proof = checkProof(body.proof);
    const key = storeProof(ctx.store.dataDir, proof.bytes);
    const now = ctx.clock.now();
    try {
      return await audited(
        req,
        (c: IbanChange) => ({
          action: 'iban_change.create',
          target: `iban-change:${c.id}`,
          customerNumber: c.customerNumber,
          details: { party: c.party, partyId: c.partyId, oldIban: maskIban(c.oldIban), newIban: maskIban(c.newIban), accountName: c.accountName, proof: c.proofFileName },
        }),
        async (trx) => {
          const c = await createIbanChange(
            trx,
            {
              party: body.party,
              partyId: body.partyId,
              oldIban: body.oldIban,
              newIban: body.newIban,
              accountName: body.accountName,
              directorCc: body.directorCc,
              paymentMethod: null,
              mandateReference: null,
              proof: { fileName: proof.fileName, contentType: proof.contentType, size: proof.bytes.length, key },
              enteredBy: { staffId: staff.id, accountId: null, name: staff.displayName },
            },
            now,
          );
          await eventBus(ctx.store).publish(trx, 'iban_change.created', { id: c.id, party: c.party, partnerId: c.party === 'partner' ? c.partyId : null, status: c.status, byStaffId: staff.id }, now.toISOString());
          return c;
        },
      );
    } catch (error) {
      discardProof(ctx.store.dataDir, key);
      throw error;
    }
  },
  'ibanChanges.approve': async ({ ctx, req, staff, params, body }) => {
    const now = ctx.clock.now();
    const d = await audited(
      req,
      (x: Decision) => ({ action: 'iban_change.approve', target: `iban-change:${params.id}`, customerNumber: x.customerNumber, details: decisionDetails(x) }),
      async (trx) => {
        const x = await approveIbanChange(trx, params.id, body.version, staff, now);
        await eventBus(ctx.store).publish(trx, 'iban_change.decided', { id: x.change.id, party: x.change.party, partnerId: x.change.party === 'partner' ? x.change.partyId : null, status: 'approved', byStaffId: staff.id }, now.toISOString());
        return x;
      },
    );
    return d.change;
  },
  'ibanChanges.reject': async ({ ctx, req, staff, params, body }) => {
    const now = ctx.clock.now();
    const d = await audited(
      req,
      (x: Decision) => ({ action: 'iban_change.reject', target: `iban-change:${params.id}`, customerNumber: x.customerNumber, details: decisionDetails(x) }),
      async (trx) => {
        const x = await rejectIbanChange(trx, params.id, body.version, body.reason, staff, now);
        await eventBus(ctx.store).publish(trx, 'iban_change.decided', { id: x.change.id, party: x.change.party, partnerId: x.change.party === 'partner' ? x.change.partyId : null, status: 'rejected', byStaffId: staff.id }, now.toISOString());
        return x;
      },
    );
    return d.change;
  },
  'portal.ibanChange': async ({ ctx, req, body }) => {
    const token = bearerToken(req);
    if (!token) throw new ApiError('unauthenticated', 'Niet ingelogd');
    return tenantIbanChange(ctx, token, req.ip, body);
  },
  'attention.get': async ({ ctx, staff, query }) => attentionOverview(ctx.store.db, staff.roles, ctx.clock.now(), query.days),
  'events.stream': async ({ ctx, req, reply, staff, query }) => {
    const lastId = resumeFrom(req, query.lastEventId);
    if (!(req.headers.accept ?? '').includes('text/event-stream')) {
      reply.type('text/event-stream; charset=utf-8').header('cache-control', 'no-store');
      return new Uint8Array(Buffer.from(await eventBacklog(ctx.store, staff, lastId), 'utf8'));
    }
    return openEventStream(ctx.store, staff, reply, lastId);
  },
});
