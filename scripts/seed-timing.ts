// Measures the demo seed: `npx tsx scripts/seed-timing.ts [households] [dir]` (default 1,000,000
// into a fresh temp folder, removed afterwards unless a folder is given).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DB_FILE, openStore } from '../server/db/connection';
import { seedDemo } from '../server/seed/index';

const households = Number(process.argv[2] ?? 1_000_000);
const keep = process.argv[3];
const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-seed-'));
const store = openStore(dir);
let last = 0;
const report = await seedDemo(store, {
  households,
  seed: 1,
  onProgress: (done, total) => {
    const pct = Math.floor((done / total) * 10);
    if (pct !== last || done === total) {
      last = pct;
      console.log(`${done}/${total}`);
    }
  },
});
await store.close();
const size = fs.statSync(path.join(dir, DB_FILE)).size;
console.log(JSON.stringify({ ...report, dbBytes: size }, null, 2));
if (!keep) fs.rmSync(dir, { recursive: true, force: true });
