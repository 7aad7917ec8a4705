import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Contact,
  CustomerNumberParam,
  Person,
  PersonInput,
  PersonParams,
  UpdateCorrespondenceAddress,
  UpdateEmail,
  UpdatePerson,
  UpdatePhone,
  VersionQuery,
} from '../../shared/api/customers';
import { audited, type AuditWhat } from '../audit/audited';
import { changeCorrespondenceAddress, changePhone, requestEmailChange } from '../customers/contactChanges';
import { assertLookAlong } from '../customers/lookAlongSessions';
import { OverviewReader, toContact } from '../customers/overview';
import { addPerson, removePerson, updatePerson } from '../customers/persons';
import { ApiError } from '../errors';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { actRoles, customerErrors } from './customers';

/*
 * Acting on the customer's behalf (C3; seed 001 §2.6, §3.1), with the portal's own rules. Every call needs a
 * live look-along session for this customer (header X-Look-Along-Session, see lookAlong.ts), is audited
 * with the customer number and that session id, and logs an interaction on the staff member's name that
 * the customer's timeline shows at once, all in one transaction.
 */
const tags = ['customers'];

export async function customerOnBehalfRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { clock, store, portalUrl } = app.ctx;
  const reader = new OverviewReader(store.sqlite);

  /** The look-along check, the change and the audit entry, in one transaction. */
  const onBehalf = <T>(req: FastifyRequest, customerNumber: string, what: Omit<AuditWhat, 'customerNumber'>, work: (trx: Transaction<DB>, now: Date) => Promise<T>) =>
    audited(req, { ...what, customerNumber }, async (trx) => {
      await assertLookAlong(req, trx, customerNumber, { required: true });
      return work(trx, clock.now());
    });
  const contact = (customerNumber: string) => toContact(reader.household(customerNumber));
  const person = (customerNumber: string, id: number) => {
    const p = reader.read(customerNumber, clock.now()).household.persons.find((x) => x.id === id);
    if (!p) throw new ApiError('not_found', 'Persoon niet gevonden');
    return p;
  };

  r.put(
    '/customers/:customerNumber/phone',
    { config: actRoles, schema: { tags, params: CustomerNumberParam, body: UpdatePhone, response: { 200: Contact, ...customerErrors } } },
    async (req) => {
      const nr = req.params.customerNumber;
      await onBehalf(req, nr, { action: 'customer.phone.update', target: `customer:${nr}`, details: { phone: req.body.phone.trim() } }, (trx, now) =>
        changePhone(trx, nr, req.body.phone, req.body.version, { staff: req.staff, now }),
      );
      return contact(nr);
    },
  );

  r.put(
    '/customers/:customerNumber/email',
    { config: actRoles, schema: { tags, params: CustomerNumberParam, body: UpdateEmail, response: { 200: Contact, ...customerErrors } } },
    async (req) => {
      const nr = req.params.customerNumber;
      await onBehalf(req, nr, { action: 'customer.email.change_requested', target: `customer:${nr}`, details: { pendingEmail: req.body.email } }, (trx, now) =>
        requestEmailChange(trx, nr, req.body.email, req.body.version, portalUrl, { staff: req.staff, now }),
      );
      return contact(nr);
    },
  );

  r.put(
    '/customers/:customerNumber/correspondence-address',
    {
      config: actRoles,
      schema: { tags, params: CustomerNumberParam, body: UpdateCorrespondenceAddress, response: { 200: Contact, ...customerErrors } },
    },
    async (req) => {
      const nr = req.params.customerNumber;
      const b = req.body;
      await onBehalf(
        req,
        nr,
        { action: 'customer.correspondence_address.update', target: `customer:${nr}`, details: { postcode: b.postcode, houseNumber: b.houseNumber, addition: b.addition ?? '', street: b.street, city: b.city } },
        (trx, now) => changeCorrespondenceAddress(trx, nr, b, { staff: req.staff, now }),
      );
      return contact(nr);
    },
  );

  r.post(
    '/customers/:customerNumber/persons',
    { config: actRoles, schema: { tags, params: CustomerNumberParam, body: PersonInput, response: { 201: Person, ...customerErrors } } },
    async (req, reply) => {
      const nr = req.params.customerNumber;
      const id = await audited(
        req,
        (pid: number) => ({ action: 'customer.person.create', target: `person:${pid}`, customerNumber: nr, details: { roleCode: req.body.roleCode } }),
        async (trx) => {
          await assertLookAlong(req, trx, nr, { required: true });
          return addPerson(trx, nr, req.body, { staff: req.staff, now: clock.now() });
        },
      );
      reply.code(201);
      return person(nr, id);
    },
  );

  r.put(
    '/customers/:customerNumber/persons/:id',
    { config: actRoles, schema: { tags, params: PersonParams, body: UpdatePerson, response: { 200: Person, ...customerErrors } } },
    async (req) => {
      const { customerNumber: nr, id } = req.params;
      await onBehalf(req, nr, { action: 'customer.person.update', target: `person:${id}`, details: { roleCode: req.body.roleCode } }, (trx, now) =>
        updatePerson(trx, nr, id, req.body, { staff: req.staff, now }),
      );
      return person(nr, id);
    },
  );

  r.delete(
    '/customers/:customerNumber/persons/:id',
    { config: actRoles, schema: { tags, params: PersonParams, querystring: VersionQuery, response: { 204: z.null(), ...customerErrors } } },
    async (req, reply) => {
      const { customerNumber: nr, id } = req.params;
      await onBehalf(req, nr, { action: 'customer.person.delete', target: `person:${id}` }, (trx, now) =>
        removePerson(trx, nr, id, req.query.version, { staff: req.staff, now }),
      );
      reply.code(204);
      return null;
    },
  );
}
