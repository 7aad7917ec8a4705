import { parseArgs } from 'node:util';
import { z } from 'zod';
import { StaffRole } from '../shared/api/staff';
import { passwordPolicyIssues } from '../shared/domain/password';
import { DatabaseUnreachableError, openDatabase } from './db/connection';
import { migrateData } from './db/migrateData';
import { isPostgresUrl, safeDbUrl } from './db/postgres';
import { readNewPassword } from './cliPassword';
import { hashPassword } from './security/passwords';
import { seedDemo, seedDemoStaff } from './seed/index';
import { ensureDemoData, startServer } from './start';

const usage = `Gebruik: npm run portal -- <opdracht> [opties]

  serve        --data DIR [--db postgres://…] [--port 4010] [--host 127.0.0.1] [--demo] [--trust-proxy ADDR] [--cors ORIGIN]
               [--smtp smtp://host:poort] [--mail-from "Naam <adres>"]
               Start de portaalserver op een datamap (migraties draaien bij de start).
               --demo vult een nieuwe map met demodata en toont de demo-accounts op het inlogscherm.
  seed         --data DIR [--db postgres://…] --households N [--no-staff]
               Deterministische demodata (N van 100 tot 1.000,000) plus de demo-medewerkers.
  create-staff --data DIR [--db postgres://…] --username U --roles r1,r2 [--name "Weergavenaam"]
               Maakt een medewerker aan (rollen: kcc, kcc-admin, admin, helpdesk). Het wachtwoord wordt
               gevraagd zonder het te tonen, of gelezen als eerste regel van standaardinvoer (voor scripts).
  migrate-data --from DIR --to postgres://… [--data DIR]
               Kopieert een ingebouwde (SQLite-)database naar een lege PostgreSQL-database; hervatbaar,
               telt elke tabel na.

  --db (of KCC_DATABASE_URL): PostgreSQL 15+ in plaats van de ingebouwde database. De datamap houdt dan de
  auditsleutel, de controlepunten en de brieven; servers op één database delen die map (of KCC_AUDIT_KEY).
`;

function fail(message: string): never {
  console.error(`Fout: ${message}`);
  process.exit(2);
}

/** --db, else KCC_DATABASE_URL; null for SQLite. Anything else than a postgres:// URL is refused. */
function databaseUrl(flag: string | undefined): string | null {
  const url = flag ?? process.env.KCC_DATABASE_URL ?? null;
  if (url === null || url === '') return null;
  if (!isPostgresUrl(url)) fail('--db / KCC_DATABASE_URL moet een postgres://-URL zijn');
  return url;
}

const dbOption = { db: { type: 'string' } } as const;

async function serve(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      demo: { type: 'boolean', default: false },
      'trust-proxy': { type: 'string' },
      cors: { type: 'string', multiple: true },
      log: { type: 'boolean', default: false },
      smtp: { type: 'string' },
      'mail-from': { type: 'string' },
      ...dbOption,
    },
  });
  if (!values.data) fail('--data DIR is verplicht');
  if (values.smtp !== undefined && !/^smtps?:\/\/[^/\s]+/i.test(values.smtp)) fail('--smtp moet de vorm smtp://host:poort hebben');
  const url = databaseUrl(values.db);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port moet een poortnummer zijn');
  if (values.demo && (await ensureDemoData(values.data, 2_000, undefined, url))) console.log(`Demodata aangemaakt in ${url ? safeDbUrl(url) : values.data}`);
  const server = await startServer({
    dataDir: values.data,
    databaseUrl: url,
    port,
    host: values.host,
    demo: values.demo,
    trustProxy: values['trust-proxy'],
    corsOrigins: values.cors,
    logger: values.log,
    smtp: values.smtp,
    mailFrom: values['mail-from'],
    // Audit checkpoints and proxy warnings, time-stamped, in the server's output.
    onNotice: (message) => console.log(`${new Date().toISOString()} ${message}`),
  });
  const where = url ? `database: ${safeDbUrl(url)}, data: ${values.data}` : `data: ${values.data}`;
  console.log(`Portaalserver draait op ${server.url} (${where})${server.demo ? ' in demomodus' : ''}`);
  // The relay's address without any user:password in it.
  console.log(values.smtp ? `Uitgaande e-mail via SMTP ${new URL(values.smtp).host}` : 'Geen --smtp: uitgaande e-mail blijft in de uitbak (Uitgaande e-mail)');
  if (server.notice) console.warn(server.notice);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

async function seed(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, households: { type: 'string' }, 'no-staff': { type: 'boolean', default: false }, ...dbOption },
  });
  if (!values.data) fail('--data DIR is verplicht');
  const n = Number(values.households);
  if (!Number.isInteger(n) || n < 100 || n > 1_000_000) fail('--households moet een geheel getal van 100 tot 1000000 zijn');
  const store = await openDatabase({ dataDir: values.data, databaseUrl: databaseUrl(values.db) });
  const started = performance.now();
  let lastPrint = 0;
  try {
    const report = await seedDemo(store, {
      households: n,
      onProgress: (done, total) => {
        const now = performance.now();
        if (process.stdout.isTTY && now - lastPrint > 500) {
          lastPrint = now;
          process.stdout.write(`\r  ${Math.round((done / total) * 100)}% (${done.toLocaleString('nl-NL')} huishoudens)`);
        }
        // The lookup indexes are built after the last household: say so, it takes a while at a million.
        if (process.stdout.isTTY && done === total) process.stdout.write('\n  zoekindexen opbouwen…');
      },
    });
    if (!values['no-staff']) await seedDemoStaff(store);
    if (process.stdout.isTTY) process.stdout.write('\n');
    const seconds = (performance.now() - started) / 1000;
    console.log(`Demodata: ${n.toLocaleString('nl-NL')} huishoudens in ${seconds.toFixed(1)} s`);
    console.log(JSON.stringify(report.counts));
    console.log(`Waarvan weborders: ${(report.weborderMs / 1000).toFixed(1)} s`);
  } finally {
    await store.close();
  }
}

async function createStaff(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      roles: { type: 'string' },
      name: { type: 'string' },
      ...dbOption,
    },
  });
  if (!values.data) fail('--data DIR is verplicht');
  const url = databaseUrl(values.db);
  const username = z.string().trim().min(2).max(100).regex(/^[A-Za-z0-9._@-]+$/).safeParse(values.username);
  if (!username.success) fail('--username is verplicht (letters, cijfers, . _ @ -)');
  // A password on the command line ends up in shell history and the process list: refused.
  if (values.password !== undefined) {
    fail('--password wordt niet meer geaccepteerd; typ het wachtwoord bij de vraag of geef het via standaardinvoer');
  }
  const roles = (values.roles ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  const parsed = z.array(StaffRole).min(1).safeParse(roles);
  if (!parsed.success) fail('--roles moet een of meer van kcc, kcc-admin, admin, helpdesk zijn (komma-gescheiden)');
  const password = await readNewPassword(process.stdin, process.stderr);
  if (!password) fail('geen wachtwoord opgegeven (typ het bij de vraag of geef het als eerste regel van standaardinvoer)');
  const issues = passwordPolicyIssues(password, { username: username.data });
  if (issues.length > 0) fail(`het wachtwoord voldoet niet aan het wachtwoordbeleid: ${issues.join('; ')}`);
  const store = await openDatabase({ dataDir: values.data, databaseUrl: url });
  try {
    const exists = await store.db.selectFrom('staff_users').select('id').where('username', '=', username.data).executeTakeFirst();
    if (exists) fail(`medewerker ${username.data} bestaat al`);
    await store.db
      .insertInto('staff_users')
      .values({
        username: username.data,
        display_name: values.name ?? username.data,
        password_hash: await hashPassword(password),
        roles: parsed.data.join(','),
        created_at: new Date().toISOString(),
      })
      .execute();
    console.log(`Medewerker ${username.data} aangemaakt met rollen ${parsed.data.join(', ')}`);
  } finally {
    await store.close();
  }
}

async function migrateDataCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { from: { type: 'string' }, to: { type: 'string' }, data: { type: 'string' } } });
  if (!values.from) fail('--from DIR (de datamap van de ingebouwde database) is verplicht');
  const to = values.to ?? process.env.KCC_DATABASE_URL;
  if (!isPostgresUrl(to)) fail('--to postgres://… is verplicht');
  console.log(`Kopiëren van ${values.from} naar ${safeDbUrl(to)} …`);
  const report = await migrateData(values.from, to, {
    dataDir: values.data,
    onProgress: (table, copied, total) => {
      if (process.stdout.isTTY) process.stdout.write(`\r  ${table}: ${copied.toLocaleString('nl-NL')} / ${total.toLocaleString('nl-NL')}   `);
    },
  });
  if (process.stdout.isTTY) process.stdout.write('\n');
  let same = true;
  for (const t of report.tables) {
    const ok = t.sqlite === t.postgres;
    same &&= ok;
    console.log(`${ok ? 'ok  ' : 'FOUT'} ${t.table.padEnd(24)} ${String(t.sqlite).padStart(10)} ${String(t.postgres).padStart(10)}`);
  }
  console.log(`${report.resumed ? 'Hervat; ' : ''}${report.copiedRows.toLocaleString('nl-NL')} rijen gekopieerd in ${(report.elapsedMs / 1000).toFixed(1)} s; auditketen ${report.auditOk ? 'klopt' : 'KLOPT NIET'}`);
  if (!same || !report.auditOk) fail('de aantallen of de auditketen kloppen niet; start opnieuw om te hervatten');
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (argv: string[]) => Promise<void>> = { serve, seed, 'create-staff': createStaff, 'migrate-data': migrateDataCommand };
const run = command ? commands[command] : undefined;
if (!run) {
  console.log(usage);
  process.exit(command ? 2 : 0);
}
run(rest).catch((err: unknown) => {
  if (err instanceof DatabaseUnreachableError) {
    // Said plainly, without a stack trace: the operator starts the database (or fixes the URL) and tries again.
    console.error(`Fout: ${err.message}`);
    process.exit(3);
  }
  fail(err instanceof Error ? err.message : String(err));
});
