import ExcelJS from 'exceljs';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoStaff } from '../../server/seed/demoStaff';
import { importFields } from '../../shared/domain/importColumns';
import type { BenchContext } from './context';

/**
 * Import and bulk jobs (H1, H4) against a separate `serve` process on the bench's seeded data folder, so the
 * server's own memory is measured (peak RSS = VmHWM of that process, a fresh one per scenario):
 * dry run (upload + plan) and commit of 50,000 rows as .xlsx and as .csv (targets < 20 s each, < 500 MB),
 * and bulk activation letters for 10,000 households as a durable job. On PostgreSQL (`--db`) the process serves
 * the bench's database (the same data folder for its files).
 */
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
const LETTERS = Number(process.env.BENCH_LETTERS ?? 10_000);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Server {
  child: ChildProcess;
  url: string;
  token: string;
  peakMb(): number;
  stop(): Promise<void>;
}

async function startServe(dataDir: string, databaseUrl: string | null): Promise<Server> {
  const port = 43000 + Math.floor(Math.random() * 2000);
  const db = databaseUrl ? ['--db', databaseUrl] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'cli.ts'), 'serve', '--data', dataDir, ...db, '--port', String(port)], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/api/v1/info`)).ok) break;
    } catch {
      if (i > 600) throw new Error('serve did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const admin = demoStaff.find((s) => s.roles.includes('admin'))!;
  const res = await fetch(`${url}/api/v1/staff/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: admin.username, password: admin.password }) });
  const token = ((await res.json()) as { token: string }).token;
  return {
    child,
    url,
    token,
    peakMb() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
    },
  };
}

async function call(s: Server, method: string, apiPath: string, body?: { bytes: Buffer; type: string } | object): Promise<unknown> {
  const upload = body && 'bytes' in body;
  const res = await fetch(`${s.url}/api/v1${apiPath}`, {
    method,
    headers: { authorization: `Bearer ${s.token}`, ...(body ? { 'content-type': upload ? body.type : 'application/json' } : {}) },
    body: body === undefined ? undefined : upload ? new Uint8Array(body.bytes) : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${apiPath}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return text ? (JSON.parse(text) as unknown) : null;
}

function rowsFrom(first: number): string[][] {
  return Array.from({ length: ROWS }, (_, i) => {
    const n = first + i;
    const v: Record<string, string> = {
      customerNumber: `HM-${n}`,
      name: `T. Importeer ${n}`,
      street: 'Benchmarkstraat',
      houseNumber: String((i % 400) + 1),
      addition: i % 7 === 0 ? 'A' : '',
      postcode: `${3500 + (i % 400)} AB`,
      city: 'Utrecht',
      email: `bench${n}@example.nl`,
      phone: '030-1234567',
      initials: 'T.',
      firstName: 'Tom',
      lastName: `Importeer${n}`,
      birthDate: '01-02-1970',
    };
    return importFields.map((f) => v[f.key] ?? '');
  });
}

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const file = path.join(os.tmpdir(), `kcc-bench-import-${process.pid}.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const ws = wb.addWorksheet('Klanten');
  ws.addRow(importFields.map((f) => f.header)).commit();
  for (const r of rows) ws.addRow(r).commit();
  await wb.commit();
  const bytes = fs.readFileSync(file);
  fs.rmSync(file);
  return bytes;
}

const csvOf = (rows: string[][]) => Buffer.from([importFields.map((f) => f.header).join(';'), ...rows.map((r) => r.join(';'))].join('\r\n'), 'utf8');
const secs = (ms: number) => `${(ms / 1000).toFixed(1).padStart(5)} s`;

async function importScenario(dataDir: string, databaseUrl: string | null, label: string, bytes: Buffer, type: string): Promise<string[]> {
  const s = await startServe(dataDir, databaseUrl);
  try {
    const t0 = performance.now();
    const file = (await call(s, 'POST', '/imports/files', { bytes, type })) as { importId: string; mapping: object; rows: number };
    const t1 = performance.now();
    const counts = (await call(s, 'PUT', `/imports/files/${file.importId}/plan`, { mapping: file.mapping })) as { create: number; invalid: number };
    const t2 = performance.now();
    await call(s, 'GET', `/imports/files/${file.importId}/preview?page=2&pageSize=100&onlyErrors=false`);
    const t3 = performance.now();
    const done = (await call(s, 'POST', `/imports/files/${file.importId}/commit`)) as { counts: { create: number }; created: string[] };
    const t4 = performance.now();
    const dry = t2 - t0;
    console.log(
      `${label} ${(bytes.length / 1048576).toFixed(1)} MB, ${file.rows} rows: upload+read ${secs(t1 - t0)}, plan (dry run) ${secs(t2 - t1)} → dry run ${secs(dry)} (target < 20 s); ` +
        `preview page ${secs(t3 - t2)}; commit ${secs(t4 - t3)} (target < 20 s), ${done.counts.create} created (${counts.invalid} invalid); server peak RSS ${s.peakMb().toFixed(0)} MB (target < 500 MB)`,
    );
    return done.created;
  } finally {
    await s.stop();
  }
}

export async function run(ctx: BenchContext): Promise<void> {
  const dataDir = ctx.store.dataDir;
  const databaseUrl = ctx.databaseUrl;
  console.log(`engine: ${ctx.engine}`);
  const csvNumbers = await importScenario(dataDir, databaseUrl, '.csv ', csvOf(rowsFrom(3_000_001)), 'text/csv');
  await importScenario(dataDir, databaseUrl, '.xlsx', await xlsxOf(rowsFrom(3_100_001)), XLSX);

  const s = await startServe(dataDir, databaseUrl);
  try {
    const t0 = performance.now();
    const { jobId } = (await call(s, 'POST', '/bulk/activation-letters', { customerNumbers: csvNumbers.slice(0, LETTERS) })) as { jobId: string };
    let job: { state: string; done: number; total: number; results: { url: string }[] };
    for (;;) {
      job = (await call(s, 'GET', `/jobs/${jobId}`)) as typeof job;
      if (job.state !== 'queued' && job.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const t1 = performance.now();
    const sizes: number[] = [];
    for (const r of job.results) {
      const res = await fetch(`${s.url}/api/v1${r.url}`, { headers: { authorization: `Bearer ${s.token}` } });
      sizes.push((await res.arrayBuffer()).byteLength);
    }
    console.log(
      `bulk letters ${job.total} households (${job.state}): ${secs(t1 - t0)} (${((job.total / (t1 - t0)) * 1000).toFixed(0)} households/s, each item a new code + audit entry); ` +
        `PDFs ${sizes.map((b) => `${(b / 1048576).toFixed(1)} MB`).join(' + ')}; server peak RSS ${s.peakMb().toFixed(0)} MB`,
    );
  } finally {
    await s.stop();
  }
}
