import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../shared/api/common';
import { CustomerNumberParam, CustomerOverview, CustomerSearchQuery, CustomerSearchResult } from '../../shared/api/customers';
import { CustomerSearch } from '../customers/customerSearch';
import { assertLookAlong } from '../customers/lookAlongSessions';
import { OverviewReader } from '../customers/overview';

/*
 * Customer lookup and the customer's view (catalogue C1, C2; seed 001 §2.5–§2.12, §3).
 *
 *   | call                                   | kcc | kcc-admin | admin | helpdesk |
 *   |----------------------------------------|-----|-----------|-------|----------|
 *   | GET /customers?q=, GET …/overview       |  ✓  |     ✓     |   ✓   |    –     |
 *   | look-along, acting on behalf, codes     |  ✓  |     ✓     |   –   |    –     |
 *   | bulk activation letters                 |  –  |     ✓     |   ✓   |    –     |
 *
 * Seed §3: looking along and acting "namens een klant" is the KCC employee's function; the Beheerder
 * (admin) configures the portal and manages accounts, so admin may look customers up but not act as one.
 * Reads are not audited (the activation code is: it is a secret, see activationCodes.ts).
 */
export const lookRoles = { roles: ['kcc', 'kcc-admin', 'admin'] as const };
export const actRoles = { roles: ['kcc', 'kcc-admin'] as const };
export const customerErrors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['customers'];

export async function customerRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { clock } = app.ctx;
  const search = new CustomerSearch(app.ctx.store.sqlite);
  const overview = new OverviewReader(app.ctx.store.sqlite);

  r.get(
    '/customers',
    { config: lookRoles, schema: { tags, querystring: CustomerSearchQuery, response: { 200: CustomerSearchResult, ...customerErrors } } },
    async (req) => search.search(req.query, clock.now()),
  );

  r.get(
    '/customers/:customerNumber/overview',
    { config: lookRoles, schema: { tags, params: CustomerNumberParam, response: { 200: CustomerOverview, ...customerErrors } } },
    async (req) => {
      // Inside a look-along session the view keeps it alive (and a foreign/expired session is refused).
      if (req.staff?.lookAlongSessionId) await assertLookAlong(req, app.ctx.store.db, req.params.customerNumber, { required: false });
      return overview.read(req.params.customerNumber, clock.now());
    },
  );
}
