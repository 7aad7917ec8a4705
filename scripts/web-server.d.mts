export declare const repoRoot: string;
export declare const defaultRoot: string;

export interface WebServer {
  /** e.g. "http://127.0.0.1:5173/" */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves dist/renderer and proxies /api/* to the portal server. port 0 = a free port. */
export declare function startWeb(options: { serverUrl: string; port?: number; root?: string; host?: string }): Promise<WebServer>;

export declare function rendererBuildIsStale(root?: string): boolean;
export declare function ensureRendererBuild(options?: { force?: boolean; log?: (message: string) => void }): Promise<boolean>;
