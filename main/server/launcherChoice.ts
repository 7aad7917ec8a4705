/**
 * How to run the embedded server. Packaged apps use an Electron utility process (better-sqlite3 is
 * rebuilt for Electron by electron-builder). In development node_modules holds better-sqlite3 built
 * for plain Node, which Electron cannot load — so when `npm start` hands us its Node (KCC_NODE), the
 * server runs as a plain Node child instead.
 */
export function chooseLauncher(opts: { isPackaged: boolean; nodePath: string | undefined }): 'utility' | 'node' {
  return !opts.isPackaged && opts.nodePath ? 'node' : 'utility';
}
