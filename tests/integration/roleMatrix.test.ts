import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRoles, type StaffRole } from '../../shared/api/staff';
import { routes } from '../../shared/api/routes/index';
import type { RouteSpec } from '../../shared/api/route';
import { can } from '../../shared/roles';
import { startTestServer, type TestServer } from './support/testServer';

/** Path parameters that pass their schemas, so only the guard can refuse. */
const sample: Record<string, string> = {
  id: '999999',
  customerNumber: 'HM-000001',
  sessionId: '00000000-0000-4000-8000-000000000000',
  jobId: '00000000-0000-4000-8000-000000000000',
  token: 'x'.repeat(32),
};
const pathOf = (r: RouteSpec) => r.path.replace(/:([A-Za-z]+)/g, (_, p: string) => sample[p] ?? '1');

const staffRoutes = Object.entries(routes).filter(([, r]) => r.access !== 'public');

// Every staff route as every role, generated from the route table and the role table: allowed or 403, exactly.
describe('role × route matrix', () => {
  let s: TestServer;
  const tokens = new Map<StaffRole, string>();
  beforeAll(async () => {
    s = await startTestServer();
    for (const role of staffRoles) await s.addStaff(`rol-${role}`, 'Geheim!2026', [role]);
  });
  afterAll(async () => s.close());

  async function token(role: StaffRole): Promise<string> {
    const known = tokens.get(role);
    if (known) return known;
    const t = await s.signIn(`rol-${role}`, 'Geheim!2026');
    tokens.set(role, t);
    return t;
  }

  it(`covers ${staffRoutes.length} staff routes × ${staffRoles.length} roles`, async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const [name, r] of staffRoutes) {
      for (const role of staffRoles) {
        const res = await s.api(r.method, pathOf(r), { token: await token(role), body: r.method === 'GET' || r.method === 'DELETE' ? undefined : {} });
        const refused = res.status === 403 && res.body.error?.code === 'forbidden' && res.body.error.details?.requiredRoles !== undefined;
        outcomes.push(`${name} ${role} ${refused ? 'refused' : 'allowed'}`);
        expected.push(`${name} ${role} ${r.access === 'public' || can([role], r.access) ? 'allowed' : 'refused'}`);
        // Signing out ends this role's session: the next route gets a fresh one.
        if (name === 'staff.signOut') tokens.delete(role);
      }
    }
    expect(outcomes).toEqual(expected);
  });

  it('refuses every staff route without a session (401), and passes every public route without one', async () => {
    for (const [name, r] of Object.entries(routes)) {
      const res = await s.api(r.method, pathOf(r), { body: r.method === 'GET' || r.method === 'DELETE' ? undefined : {} });
      // The tenant's own session asks for the tenant's token (not a staff session): 401 without one.
      if (name === 'portal.session') expect(res.body.error?.code, name).toBe('unauthenticated');
      else if (r.access === 'public') expect(res.status, name).not.toBe(401);
      else expect(res.body.error?.code, name).toBe('unauthenticated');
    }
  });
});
