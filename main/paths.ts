import path from 'node:path';
import { portalDataDir } from '../scripts/app-paths.mjs';

/** dist/ of the built app: main.cjs lives in dist/main, so one level up (also inside app.asar). */
export function distDir(mainDir: string): string {
  return path.resolve(mainDir, '..');
}

export function appPaths(mainDir: string, userDataDir: string, env: Record<string, string | undefined>) {
  const dist = distDir(mainDir);
  return {
    renderer: path.join(dist, 'renderer'),
    preload: path.join(dist, 'preload', 'preload.cjs'),
    embeddedServer: path.join(dist, 'server', 'embedded.cjs'),
    portalData: portalDataDir(userDataDir, env),
  };
}
