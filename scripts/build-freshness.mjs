// Does `npm start` need to build first? Compares the newest source file with the oldest output.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Outputs of `npm run build` that `npm start` needs. */
export const BUILD_OUTPUTS = ['dist/renderer/index.html', 'dist/main/main.cjs', 'dist/preload/preload.cjs', 'dist/server/embedded.cjs'];
/** Inputs of that build (folders are walked; node_modules and dotfiles skipped). */
export const BUILD_INPUTS = ['renderer', 'main', 'preload', 'shared', 'server', 'package.json', 'vite.config.ts', 'scripts/build-electron.mjs'];

/** Pure decision: build when an output is missing or any input is newer than the oldest output. */
export function needsBuild(outputMtimes, newestInputMtime) {
  if (outputMtimes.length === 0 || outputMtimes.some((m) => m === null)) return true;
  return newestInputMtime > Math.min(...outputMtimes);
}

export function mtimeOrNull(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

export function newestMtime(entry) {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

export function buildIsStale(rootDir) {
  const outputs = BUILD_OUTPUTS.map((f) => mtimeOrNull(path.join(rootDir, f)));
  const newest = Math.max(...BUILD_INPUTS.map((f) => newestMtime(path.join(rootDir, f))));
  return needsBuild(outputs, newest);
}
