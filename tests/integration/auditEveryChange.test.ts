import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes, type RouteName } from '../../shared/api/routes/index';
import type { ApiClient } from '../../shared/client';
import { flushViewLog } from '../../server/audit/viewLog';
import { insertHousehold } from './customersFixture';
import { NEW_IBAN, OLD_IBAN, insertPartner, pngProof } from './helpdeskFixture';
import { newWeborder, seedWeborderFixture } from './weborderFixture';
import { startTestServer, type TestServer } from './support/testServer';

type Recipe = (c: ApiClient, s: TestServer) => Promise<unknown>;

const CN = 'HM-004321';

/** A look-along session on the fixture household, for the calls made on the customer's behalf. */
async function lookAlong(c: ApiClient): Promise<string> {
  return (await c.call('lookAlong.start', { params: { customerNumber: CN } })).sessionId;
}
async function contactVersion(c: ApiClient): Promise<number> {
  return (await c.call('customers.overview', { params: { customerNumber: CN } })).contact.version;
}
async function newAccount(c: ApiClient, username: string) {
  return c.call('accounts.create', { body: { username, email: `${username}@example.nl`, password: 'Sterk!2026x', role: 'user' } });
}

async function enterIbanChange(c: ApiClient, s: TestServer, partner: string) {
  const partyId = await insertPartner(s, partner);
  return c.call('ibanChanges.create', { body: { party: 'partner', partyId, oldIban: OLD_IBAN, newIban: NEW_IBAN, accountName: partner, proof: pngProof } });
}
async function colleague(s: TestServer): Promise<ApiClient> {
  if (!(await s.store.db.selectFrom('staff_users').select('id').where('username', '=', 'collega').executeTakeFirst())) await s.addStaff('collega', 'Geheim!2026', ['helpdesk']);
  return s.client(await s.signIn('collega', 'Geheim!2026'));
}

/**
 * One successful call per audited route. A route the table marks as audited but that has no recipe here
 * fails the first test, so a new mutating route cannot go untested.
 */
const recipes: Partial<Record<RouteName, Recipe>> = {
  'staff.signOut': async (_c, s) => s.client(await s.signIn('alles', 'Geheim!2026')).call('staff.signOut'),
  'settings.update': async (c) => {
    const cur = await c.call('settings.get');
    return c.call('settings.update', { body: { ...cur, sessionTimeoutMinutes: 25 } });
  },
  'ipRanges.create': async (c) => c.call('ipRanges.create', { body: { cidr: '10.9.0.0/16', admin: true, kcc: true } }),
  'ipRanges.update': async (c) => {
    const r = await c.call('ipRanges.create', { body: { cidr: '10.8.0.0/16', admin: true, kcc: true } });
    return c.call('ipRanges.update', { params: { id: r.id }, body: { description: 'Kantoor', version: r.version } });
  },
  'ipRanges.remove': async (c) => {
    const r = await c.call('ipRanges.create', { body: { cidr: '10.7.0.0/16', admin: true, kcc: true } });
    return c.call('ipRanges.remove', { params: { id: r.id } });
  },
  'labels.update': async (c) => {
    const l = await c.call('labels.get', { params: { key: 'Login.Button_Login' } });
    return c.call('labels.update', { params: { key: l.key }, body: { text: 'Aanmelden', version: l.version } });
  },
  'labels.reset': async (c) => c.call('labels.reset', { params: { key: 'Login.Button_Login' } }),
  'labels.export': async (c) => c.call('labels.export', { query: { lang: 'nl' } }),
  'labels.import': async (c) => c.call('labels.import', { query: { lang: 'nl', dryRun: true }, upload: { bytes: await c.call('labels.export', { query: { lang: 'nl' } }) } }),
  'emailTemplates.update': async (c) => {
    const t = await c.call('emailTemplates.get', { params: { id: 'phone_changed' } });
    return c.call('emailTemplates.update', { params: { id: t.id }, body: { subject: 'Nieuw telefoonnummer', body: t.body, version: t.version } });
  },
  'emailTemplates.preview': async (c) => c.call('emailTemplates.preview', { params: { id: 'phone_changed' }, body: { customerNumber: CN } }),
  'emailTemplates.test': async (c) => c.call('emailTemplates.test', { params: { id: 'phone_changed' }, body: { to: 'test@example.nl' } }),
  'theme.update': async (c) => {
    const t = await c.call('theme.get');
    return c.call('theme.update', { body: { colors: { ...t.colors, '5': 'darken(#fff, 10%)' }, logoShape: t.logoShape, copyright: t.copyright, version: t.version } });
  },
  'theme.compile': async (c) => c.call('theme.compile'),
  'theme.preview': async (c) => {
    const t = await c.call('theme.get');
    return c.call('theme.preview', { body: { colors: t.colors, logoShape: 'round' } });
  },
  'theme.uploadAsset': async (c) =>
    c.call('theme.uploadAsset', { params: { name: 'logo' }, upload: { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>'), contentType: 'image/svg+xml' } }),
  'theme.removeAsset': async (c) => {
    await c.call('theme.uploadAsset', { params: { name: 'footerLogo' }, upload: { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), contentType: 'image/svg+xml' } });
    return c.call('theme.removeAsset', { params: { name: 'footerLogo' } });
  },
  'theme.restore': async (c) => {
    await c.call('theme.compile');
    const [first] = (await c.call('theme.history')).items;
    return c.call('theme.restore', { params: { id: first?.id ?? 0 } });
  },
  'functionalities.update': async (c) => {
    const tree = await c.call('functionalities.list');
    const news = tree.find((n) => n.key === 'news');
    return c.call('functionalities.update', { params: { key: 'news' }, body: { enabled: false, version: news?.version ?? 1 } });
  },
  'functionalities.updateOptions': async (c) => {
    const o = await c.call('functionalities.options');
    return c.call('functionalities.updateOptions', { body: { ...o, interestingTopics: 3 } });
  },
  'portalRoles.update': async (c) => {
    const role = (await c.call('portalRoles.list')).find((r) => r.code === 'KIND');
    return c.call('portalRoles.update', { params: { code: 'KIND' }, body: { useInPortal: false, version: role?.version ?? 1 } });
  },
  'audit.export': async (c) => c.call('audit.export', { query: { action: 'staff.' } }),
  'kb.createTopic': async (c) => c.call('kb.createTopic', { body: { description: 'Auditonderwerp', keywords: [] } }),
  'kb.updateTopic': async (c) => {
    const t = await c.call('kb.createTopic', { body: { description: 'Te wijzigen onderwerp', keywords: [] } });
    return c.call('kb.updateTopic', { params: { code: t.code }, body: { keywords: ['audit'], version: t.version } });
  },
  'kb.removeTopic': async (c) => {
    const t = await c.call('kb.createTopic', { body: { description: 'Te verwijderen onderwerp', keywords: [] } });
    return c.call('kb.removeTopic', { params: { code: t.code } });
  },
  'kb.moveTopic': async (c) => {
    const t = await c.call('kb.createTopic', { body: { description: 'Te verplaatsen onderwerp', keywords: [] } });
    return c.call('kb.moveTopic', { params: { code: t.code }, body: { direction: 'up' } });
  },
  'kb.createQuestion': async (c) => {
    const t = await c.call('kb.createTopic', { body: { description: 'Onderwerp met vraag', keywords: [] } });
    return c.call('kb.createQuestion', { body: { topicCode: t.code, description: 'Auditvraag' } });
  },
  'kb.updateQuestion': async (c) => {
    const t = await c.call('kb.createTopic', { body: { description: 'Onderwerp met te wijzigen vraag', keywords: [] } });
    const q = await c.call('kb.createQuestion', { body: { topicCode: t.code, description: 'Te wijzigen vraag' } });
    return c.call('kb.updateQuestion', { params: { code: q.code }, body: { portal: true, version: q.version } });
  },
  'kb.removeQuestion': async (c) => {
    const t = await c.call('kb.createTopic', { body: { description: 'Onderwerp met te verwijderen vraag', keywords: [] } });
    const q = await c.call('kb.createQuestion', { body: { topicCode: t.code, description: 'Te verwijderen vraag' } });
    return c.call('kb.removeQuestion', { params: { code: q.code } });
  },
  'kb.moveQuestion': async (c) => {
    const t = await c.call('kb.createTopic', { body: { description: 'Onderwerp met te verplaatsen vraag', keywords: [] } });
    await c.call('kb.createQuestion', { body: { topicCode: t.code, description: 'Eerste' } });
    const q = await c.call('kb.createQuestion', { body: { topicCode: t.code, description: 'Tweede' } });
    return c.call('kb.moveQuestion', { params: { code: q.code }, body: { direction: 'up' } });
  },
  'ibanChanges.create': async (c, s) => enterIbanChange(c, s, 'Partner A'),
  // Four eyes: a colleague decides what "alles" entered.
  'ibanChanges.approve': async (c, s) => {
    const x = await enterIbanChange(c, s, 'Partner B');
    return (await colleague(s)).call('ibanChanges.approve', { params: { id: x.id }, body: { version: x.version } });
  },
  'ibanChanges.reject': async (c, s) => {
    const x = await enterIbanChange(c, s, 'Partner C');
    return (await colleague(s)).call('ibanChanges.reject', { params: { id: x.id }, body: { reason: 'Bewijs onleesbaar', version: x.version } });
  },
  'accounts.erpSync': async (c) => c.call('accounts.erpSync'),
  'accounts.create': async (c) => newAccount(c, 'nieuw.account'),
  'accounts.update': async (c) => {
    const a = await newAccount(c, 'te.wijzigen');
    return c.call('accounts.update', { params: { id: a.id }, body: { email: 'ander@example.nl', version: a.version } });
  },
  'accounts.block': async (c) => {
    const a = await newAccount(c, 'te.blokkeren');
    return c.call('accounts.block', { params: { id: a.id }, body: { reason: 'Misbruik gemeld' } });
  },
  'accounts.unblock': async (c) => {
    const a = await newAccount(c, 'de.blokkeren');
    await c.call('accounts.block', { params: { id: a.id }, body: { reason: 'Tijdelijk' } });
    return c.call('accounts.unblock', { params: { id: a.id } });
  },
  'accounts.activate': async (c, s) => {
    const a = await newAccount(c, 'te.activeren');
    await s.store.db.updateTable('accounts').set({ auto_blocked_until: new Date(s.clock.now().getTime() + 600_000).toISOString(), failed_login_attempts: 5 }).where('id', '=', a.id).execute();
    return c.call('accounts.activate', { params: { id: a.id } });
  },
  'accounts.resendActivation': async (c, s) => {
    const a = await newAccount(c, 'niet.bevestigd');
    await s.store.db.updateTable('accounts').set({ confirmed_at: null }).where('id', '=', a.id).execute();
    return c.call('accounts.resendActivation', { params: { id: a.id } });
  },
  'accounts.remove': async (c) => {
    const a = await newAccount(c, 'te.verwijderen');
    return c.call('accounts.remove', { params: { id: a.id } });
  },
  'accountRequests.resendActivation': async (c, s) => {
    const id = await registeredRequest(s, 'HM-004401', 'opnieuw.mail');
    return c.call('accountRequests.resendActivation', { params: { id }, body: {} });
  },
  'accountRequests.remove': async (c, s) => {
    const id = await registeredRequest(s, 'HM-004402', 'weg.ermee');
    return c.call('accountRequests.remove', { params: { id } });
  },
  'lookAlong.start': async (c) => lookAlong(c),
  'lookAlong.stop': async (c) => c.call('lookAlong.stop', { params: { sessionId: await lookAlong(c) } }),
  'customers.portalLink': async (c) => c.call('customers.portalLink', { params: { customerNumber: CN }, lookAlong: await lookAlong(c) }),
  'onBehalf.phone': async (c) =>
    c.call('onBehalf.phone', { params: { customerNumber: CN }, body: { phone: '0612345678', version: await contactVersion(c) }, lookAlong: await lookAlong(c) }),
  'onBehalf.email': async (c) =>
    c.call('onBehalf.email', { params: { customerNumber: CN }, body: { email: 'nieuw@example.nl', version: await contactVersion(c) }, lookAlong: await lookAlong(c) }),
  'onBehalf.address': async (c) =>
    c.call('onBehalf.address', {
      params: { customerNumber: CN },
      body: { postcode: '3511 AB', houseNumber: 12, street: 'Oudegracht', city: 'Utrecht', version: await contactVersion(c) },
      lookAlong: await lookAlong(c),
    }),
  'onBehalf.addPerson': async (c) => addPerson(c, 'Sem'),
  'onBehalf.updatePerson': async (c) => {
    const p = await addPerson(c, 'Noor');
    return c.call('onBehalf.updatePerson', {
      params: { customerNumber: CN, id: p.id },
      body: { roleCode: 'KIND', gender: 'V', initials: 'N.', firstName: 'Noor', lastName: 'Jansen', birthDate: '2012-04-01', version: p.version },
      lookAlong: await lookAlong(c),
    });
  },
  'onBehalf.removePerson': async (c) => {
    const p = await addPerson(c, 'Lot');
    return c.call('onBehalf.removePerson', { params: { customerNumber: CN, id: p.id }, query: { version: p.version }, lookAlong: await lookAlong(c) });
  },
  'customers.search': async (c) => c.call('customers.search', { query: { q: CN } }),
  'customers.overview': async (c) => c.call('customers.overview', { params: { customerNumber: CN } }),
  'activation.get': async (c) => c.call('activation.get', { params: { customerNumber: CN } }),
  'activation.regenerate': async (c) => c.call('activation.regenerate', { params: { customerNumber: CN } }),
  'activation.requestLetter': async (c) => c.call('activation.requestLetter', { params: { customerNumber: CN } }),
  'letters.start': async (c) => c.call('letters.start', { body: { onlyWithoutAccount: true } }),
  'activation.letterPdf': async (c) => c.call('activation.letterPdf', { params: { customerNumber: CN, part: 2 } }),
  'letters.pdf': async (c) => {
    const { jobId } = await c.call('letters.start', { body: { onlyWithoutAccount: true } });
    for (let i = 0; i < 100 && (await c.call('letters.status', { params: { jobId } })).state === 'running'; i++) await new Promise((r) => setTimeout(r, 50));
    return c.call('letters.pdf', { params: { jobId, part: 1 } });
  },
  'weborders.export': async (c) => c.call('weborders.export', { query: { status: 'paid' } }),
  'weborders.create': async (c) => c.call('weborders.create', { body: newWeborder({ event: 'Audit create', confirmDuplicate: true }) }),
  'weborders.transition': async (c) => {
    const w = await c.call('weborders.create', { body: newWeborder({ event: 'Audit move', confirmDuplicate: true }) });
    return c.call('weborders.transition', { params: { id: w.id }, body: { to: 'rejected', reason: 'Dubbel', version: w.version } });
  },
  'weborders.bulkTransition': async (c) => {
    const w = await c.call('weborders.create', { body: newWeborder({ event: 'Audit bulk', confirmDuplicate: true }) });
    return c.call('weborders.bulkTransition', { body: { ids: [w.id], to: 'rejected', reason: 'Dubbel' } });
  },
  'weborderRequests.create': async (c) =>
    c.call('weborderRequests.create', {
      body: { partnerId: 1, schoolNumber: '5001', teacherName: 'Jennet Sintenie', event: 'Audit verzoek', desiredAt: '2030-01-22T10:20:00.000Z', students: 5, teachers: 1 },
    }),
  'weborderRequests.propose': async (c) => {
    const r = await c.call('weborderRequests.create', {
      body: { partnerId: 2, schoolNumber: '5002', teacherName: 'Jan Bakker', event: 'Audit voorstel', desiredAt: '2030-02-22T10:20:00.000Z', students: 5, teachers: 1 },
    });
    return c.call('weborderRequests.propose', {
      params: { id: r.id },
      body: { version: r.version, name: 'Voorstel', grade: '2', teacher: r.teacherName, teachers: 1, students: 5, event: r.event, desiredAt: r.desiredAt, ticketPrice: 100 },
    });
  },
  'partners.update': async (c) => {
    const p = await c.call('partners.get', { params: { id: 2 } });
    return c.call('partners.update', { params: { id: 2 }, body: { version: p.version, contactPhone: '0205210220' } });
  },
  'partners.approve': async (c) => c.call('partners.approve', { params: { id: 11 }, body: { version: (await c.call('partners.get', { params: { id: 11 } })).version } }),
  'partners.reject': async (c) =>
    c.call('partners.reject', { params: { id: 12 }, body: { version: (await c.call('partners.get', { params: { id: 12 } })).version, reason: 'Geen educatief aanbod' } }),
  'imports.run': async (c) => c.call('imports.run', { query: { dryRun: false }, upload: importCsv('HM-0043401') }),
  'imports.commit': async (c) => {
    const f = await c.call('imports.upload', { upload: importCsv('HM-0043402') });
    await c.call('imports.plan', { params: { importId: f.importId }, body: { mapping: f.mapping } });
    return c.call('imports.commit', { params: { importId: f.importId } });
  },
  'imports.upload': async (c) => c.call('imports.upload', { upload: importCsv('HM-0043403') }),
  'imports.plan': async (c) => {
    const f = await c.call('imports.upload', { upload: importCsv('HM-0043404') });
    return c.call('imports.plan', { params: { importId: f.importId }, body: { mapping: f.mapping } });
  },
  'groups.create': async (c) => c.call('groups.create', { body: { name: 'Groep A', rights: ['repairs'] } }),
  'groups.update': async (c) => {
    const g = await c.call('groups.create', { body: { name: 'Groep B' } });
    return c.call('groups.update', { params: { id: g.id }, body: { rights: ['finance'], version: g.version } });
  },
  'groups.remove': async (c) => {
    const g = await c.call('groups.create', { body: { name: 'Groep C' } });
    return c.call('groups.remove', { params: { id: g.id } });
  },
  'bulk.accounts': async (c) => c.call('bulk.accounts', { body: { customerNumbers: ['HM-0043401'] } }),
  'bulk.letters': async (c) => c.call('bulk.letters', { body: { customerNumbers: [CN] } }),
  'jobs.cancel': async (c, s) => {
    // A queued job another server holds (lease far ahead): it is still open when the cancel arrives.
    const staff = await s.store.db.selectFrom('staff_users').select('id').where('username', '=', 'alles').executeTakeFirstOrThrow();
    const jobId = '5d8f0c7e-0000-4000-8000-000000000001';
    await s.store.db
      .insertInto('jobs')
      .values({ id: jobId, kind: 'activation_letters', state: 'queued', staff_id: staff.id, staff_username: 'alles', staff_roles: 'admin', source_address: '127.0.0.1', total: 0, created_at: s.clock.now().toISOString(), lease_owner: 'elsewhere', lease_until: '9999-01-01T00:00:00.000Z' })
      .execute();
    return c.call('jobs.cancel', { params: { jobId } });
  },
};

/** A one-household import file (CSV, `;`). */
function importCsv(customerNumber: string) {
  const text = `Klantnummer;Naam;Straat;Huisnummer;Postcode;Plaats\n${customerNumber};A. Jansen;Laan;1;3704 XC;Zeist\n`;
  return { bytes: Buffer.from(text, 'utf8'), contentType: 'text/csv' };
}

async function addPerson(c: ApiClient, firstName: string) {
  return c.call('onBehalf.addPerson', {
    params: { customerNumber: CN },
    body: { roleCode: 'KIND', gender: 'V', initials: `${firstName[0] ?? 'X'}.`, firstName, lastName: 'Jansen', birthDate: '2012-04-01' },
    lookAlong: await lookAlong(c),
  });
}

/** An account request that reached "e-mail sent", made through the tenant's own endpoints. */
async function registeredRequest(s: TestServer, customerNumber: string, username: string): Promise<number> {
  await insertHousehold(s, customerNumber);
  const tenant = s.client();
  const step1 = await tenant.call('portal.startAccountRequest', { body: { customerNumber, activationCode: 'ABCD2345' } });
  if (!step1.continuationToken) throw new Error('fixture household was not identified');
  await tenant.call('portal.accountDetails', {
    params: { id: step1.requestId },
    body: { username, password: 'Sterk!2026x', email: `${username}@example.nl`, continuationToken: step1.continuationToken },
  });
  return step1.requestId;
}

const audited = Object.entries(routes).filter(([, r]) => r.access !== 'public' && 'audit' in r);

// Every staff change leaves an audit entry naming the action its route table entry promises.
describe('every audited route writes its audit entry', () => {
  let s: TestServer;
  let c: ApiClient;
  beforeAll(async () => {
    s = await startTestServer();
    // One member with every role, so each route is allowed.
    await s.addStaff('alles', 'Geheim!2026', ['kcc', 'kcc-admin', 'admin', 'helpdesk']);
    c = s.client(await s.signIn('alles', 'Geheim!2026'));
    await insertHousehold(s, CN);
    await seedWeborderFixture(s);
  });
  afterAll(async () => s.close());

  it('has a recipe for each of them', () => {
    expect(Object.keys(recipes).sort()).toEqual(audited.map(([name]) => name).sort());
  });

  it.each(audited)('%s', async (name, route) => {
    const recipe = recipes[name as RouteName];
    if (!recipe) throw new Error(`no recipe for ${name}`);
    // Reads are audited in batches: what earlier recipes read is written before counting, this recipe's after.
    await flushViewLog(s.app);
    const before = await s.store.db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('last')).executeTakeFirstOrThrow();
    await recipe(c, s);
    await flushViewLog(s.app);
    const written = await s.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('id', '>', Number(before.last ?? 0))
      .execute();
    const promised: readonly string[] = 'audit' in route ? route.audit : [];
    expect(written.map((w) => w.action).filter((a) => promised.includes(a)).length, `${name}: ${JSON.stringify(written)}`).toBeGreaterThan(0);
  });
});
