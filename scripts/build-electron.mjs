// Bundles the Electron side with esbuild: main (cjs), the sandboxed preload (cjs, everything inlined
// except 'electron'), and the embedded portal server entry (cjs, better-sqlite3 stays a native module).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.env.NODE_ENV === 'production';

const common = {
  bundle: true,
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: false,
  logLevel: 'warning',
  absWorkingDir: root,
  // Some ESM dependencies (electron-store/conf) read import.meta.url; give them the CJS equivalent.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const bundles = [
  {
    name: 'main',
    entryPoints: ['main/main.ts'],
    outfile: 'dist/main/main.cjs',
    platform: 'node',
    external: ['electron', 'better-sqlite3'],
  },
  {
    name: 'preload',
    entryPoints: ['preload/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    // Sandboxed preloads can require only 'electron' (and a few builtins): everything else is inlined.
    platform: 'browser',
    external: ['electron'],
    define: {},
    banner: {},
  },
  {
    name: 'embedded server',
    entryPoints: ['server/embedded.ts'],
    outfile: 'dist/server/embedded.cjs',
    platform: 'node',
    external: ['better-sqlite3'],
  },
  {
    // The Sass compiler's worker thread (server/theme/sassCompiler.ts finds it beside embedded.cjs), sass inlined.
    name: 'sass worker',
    entryPoints: ['server/theme/sassWorker.mjs'],
    outfile: 'dist/server/sassWorker.cjs',
    platform: 'node',
  },
];

let failed = false;
for (const bundle of bundles) {
  const { name, ...options } = bundle;
  const entry = options.entryPoints[0];
  if (!existsSync(path.join(root, entry))) {
    console.error(`build-electron: ${entry} ontbreekt; bundel "${name}" overgeslagen.`);
    failed = true;
    continue;
  }
  try {
    await build({ ...common, ...options });
    console.log(`build-electron: ${options.outfile}`);
  } catch {
    // esbuild already printed the errors.
    failed = true;
  }
}
if (failed) process.exit(1);
