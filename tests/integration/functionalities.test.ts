import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunctionalityNode } from '../../shared/api/functionalities';
import type { PersonInput } from '../../shared/api/customers';
import { insertHousehold } from './customersFixture';
import { failure, startTestServer, type TestServer } from './support/testServer';

const find = (tree: FunctionalityNode[], key: string): FunctionalityNode | undefined => {
  for (const n of tree) {
    if (n.key === key) return n;
    const c = find(n.children, key);
    if (c) return c;
  }
  return undefined;
};

describe('Functionaliteiten, Rollen and the anonymous repair request', () => {
  let s: TestServer;
  let admin: string;
  let kcc: string;
  const nr = 'HM-001021';

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('beheer', 'Geheim!123', ['admin']);
    await s.addStaff('kcc1', 'Geheim!123', ['kcc']);
    admin = await s.signIn('beheer', 'Geheim!123');
    kcc = await s.signIn('kcc1', 'Geheim!123');
    await insertHousehold(s, nr);
  });
  afterAll(async () => s.close());

  const api = () => s.client(admin);

  it('turning a parent off turns its children off (shown as off by the parent); the portal and top 5 follow', async () => {
    const tree = await api().call('functionalities.list');
    expect(find(tree, 'terminateContract')).toMatchObject({ enabled: true, effective: true, offByParent: null });
    const contract = find(tree, 'contract');
    const after = await api().call('functionalities.update', { params: { key: 'contract' }, body: { enabled: false, version: contract?.version ?? 0 } });
    expect(find(after, 'contract')).toMatchObject({ enabled: false, effective: false, version: 2 });
    // The child keeps its own switch (on) but is not effective; the screen says which parent turned it off.
    expect(find(after, 'terminateContract')).toMatchObject({ enabled: true, effective: false, offByParent: 'contract' });
    const portal = await s.client().call('portal.functionalities');
    expect(portal.keys).not.toContain('contract');
    expect(portal.keys).not.toContain('terminateContract');
    expect(portal.keys).toContain('repairs');
    expect(portal.homeTop5.map((t) => t.key)).toEqual(['repairs', 'household', 'finance', 'otherActions']);
    // The preview's menu bar follows.
    const html = await (await fetch(`${s.url}/api/v1/portal/preview`)).text();
    expect(html).toContain('data-key="repairs"');
    expect(html).not.toContain('data-key="contract"');

    const stale = await failure(api().call('functionalities.update', { params: { key: 'contract' }, body: { enabled: true, version: 1 } }));
    expect(stale.status).toBe(409);
    expect(stale.currentVersion).toBe(2);
    await api().call('functionalities.update', { params: { key: 'contract' }, body: { enabled: true, version: 2 } });
    expect((await s.client().call('portal.functionalities')).homeTop5.map((t) => t.key)).toContain('terminateContract');
    expect((await failure(api().call('functionalities.update', { params: { key: 'nope' }, body: { enabled: true, version: 1 } }))).status).toBe(404);
  });

  it('options: interesting topics 0–10 and acceptgiro, served to the portal', async () => {
    const o = await api().call('functionalities.options');
    const bad = await failure(api().call('functionalities.updateOptions', { body: { ...o, interestingTopics: 11 } }));
    expect(bad.fieldErrors().interestingTopics).toContain('tussen 0 en 10');
    await api().call('functionalities.updateOptions', { body: { interestingTopics: 3, acceptgiroAllowed: true, version: o.version } });
    expect(await s.client().call('portal.functionalities')).toMatchObject({ interestingTopics: 3, acceptgiroAllowed: true });
  });

  it('role flags reach the customer overview and the on-behalf person edits', async () => {
    const overview = () => s.client(kcc).call('customers.overview', { params: { customerNumber: nr } });
    const roles = await api().call('portalRoles.list');
    const kind = roles.find((r) => r.code === 'KIND');
    expect(kind).toMatchObject({ showInPortal: true, useInPortal: true });
    expect((await overview()).household.persons.some((p) => p.role.code === 'KIND')).toBe(true);

    // Not used in the portal any more: the person edit on the customer's behalf is refused.
    const used = await api().call('portalRoles.update', { params: { code: 'KIND' }, body: { useInPortal: false, version: kind?.version ?? 0 } });
    expect(used).toMatchObject({ showInPortal: true, useInPortal: false });
    const session = (await s.client(kcc).call('lookAlong.start', { params: { customerNumber: nr } })).sessionId;
    const person: PersonInput = { roleCode: 'KIND', gender: 'M', initials: 'T.', firstName: 'Tim', lastName: 'Cedee', birthDate: '2015-02-03' };
    const refused = await failure(s.client(kcc).call('onBehalf.addPerson', { params: { customerNumber: nr }, body: person, lookAlong: session }));
    expect(refused.info).toMatchObject({ code: 'forbidden', details: { reason: 'role_not_editable' } });
    expect((await overview()).household.selectableRoles.map((r) => r.code)).not.toContain('KIND');

    // Not shown in the portal: the persons with that role leave the overview.
    const hidden = await api().call('portalRoles.update', { params: { code: 'KIND' }, body: { showInPortal: false, version: used.version } });
    expect((await overview()).household.persons.some((p) => p.role.code === 'KIND')).toBe(false);
    const both = await failure(api().call('portalRoles.update', { params: { code: 'KIND' }, body: { useInPortal: true, version: hidden.version } }));
    expect(both.fieldErrors().useInPortal).toBeDefined();
    const stale = await failure(api().call('portalRoles.update', { params: { code: 'KIND' }, body: { showInPortal: true, version: used.version } }));
    expect(stale.status).toBe(409);
    await api().call('portalRoles.update', { params: { code: 'KIND' }, body: { showInPortal: true, useInPortal: true, version: hidden.version } });
    expect((await overview()).household.persons.some((p) => p.role.code === 'KIND')).toBe(true);
  });

  it('anonymous repair request: refused while the setting is off, then filed for the matching household and rate limited', async () => {
    const body = {
      postcode: '3704xc', houseNumber: 78, name: 'F. Cedee', phone: '030-1234567', location: 'Badkamer', description: 'De douchekraan lekt al twee dagen.',
    };
    const off = await failure(s.client().call('portal.repairment', { body }));
    expect(off.status).toBe(404);
    const settings = await api().call('settings.get');
    await api().call('settings.update', { body: { ...settings, anonymousRepairRequest: true } });

    const invalid = await failure(s.client().call('portal.repairment', { body: { ...body, postcode: '12', description: 'kort' } }));
    expect(Object.keys(invalid.fieldErrors()).sort()).toEqual(['description', 'postcode']);

    const filed = await s.client().call('portal.repairment', { body });
    expect(filed.requestNumber).toMatch(/^RV-A\d{7}$/);
    const overview = await s.client(kcc).call('customers.overview', { params: { customerNumber: nr } });
    expect(overview.repairs.open.find((r) => r.requestNumber === filed.requestNumber)).toMatchObject({ location: 'Badkamer' });

    // An address nobody rents is kept, not attached to a household.
    const elsewhere = await s.client().call('portal.repairment', { body: { ...body, postcode: '1234 AB', houseNumber: 1 } });
    const row = await s.store.db.selectFrom('anonymous_repair_requests').selectAll().where('request_number', '=', elsewhere.requestNumber).executeTakeFirstOrThrow();
    expect(row.household_id).toBeNull();

    // Five per home an hour (two used above for this home: one filed, one refused as invalid does not count).
    for (let i = 0; i < 4; i++) await s.client().call('portal.repairment', { body: { ...body, houseNumber: 78 } });
    const limited = await failure(s.client().call('portal.repairment', { body }));
    expect(limited.status).toBe(429);
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
  });
});
