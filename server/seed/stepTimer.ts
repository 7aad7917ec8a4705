import fs from 'node:fs';

/**
 * KCC_SEED_TIMING=1: prints each seed step's wall time, this process's CPU time and — when the database runs on
 * this machine (bench:pg's throwaway cluster) — the CPU time of every `postgres` process. On a shared, loaded
 * machine the CPU times say more than the wall time. Silent (and free) without the variable.
 */
export function stepTimer(backendPid?: number): (name: string) => void {
  if (!process.env.KCC_SEED_TIMING) return () => undefined;
  const postmaster = backendPid === undefined ? null : parentOf(backendPid);
  const db = () => (postmaster === null ? null : postgresCpuMs(postmaster));
  let last = { wall: performance.now(), cpu: nodeCpuMs(), db: db() };
  return (name) => {
    const now = { wall: performance.now(), cpu: nodeCpuMs(), db: db() };
    const s = (ms: number) => (ms / 1000).toFixed(1);
    const pg = now.db !== null && last.db !== null ? `, PostgreSQL CPU ${s(now.db - last.db)} s` : '';
    console.log(`seed ${name}: ${s(now.wall - last.wall)} s (node CPU ${s(now.cpu - last.cpu)} s${pg}; load ${loadAverage()})`);
    last = now;
  };
}

function nodeCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function loadAverage(): string {
  try {
    return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

function stat(pid: string | number): string[] | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after "(name) ": state, ppid, …; utime, stime, cutime, cstime are the 12th–15th of them.
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  const f = stat(pid);
  return f ? Number(f[1]) : null;
}

/** CPU ms of the postmaster (its count includes its ended backends) and its live children; null if not local. */
function postgresCpuMs(postmaster: number): number | null {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  const cpu = (f: string[], withChildren: boolean) =>
    (Number(f[11]) + Number(f[12]) + (withChildren ? Number(f[13]) + Number(f[14]) : 0)) * tick;
  const own = stat(postmaster);
  if (!own) return null;
  let total = cpu(own, true);
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const f = stat(pid);
    if (f && Number(f[1]) === postmaster) total += cpu(f, false);
  }
  return total;
}
