export declare const repoRoot: string;
export declare const defaultRoot: string;

export interface WebServer {
  /** e.g. "http://127.0.0.1:5173/" */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves dist/renderer and proxies /api/* to the portal server. port 0 = a free port. Sets X-Forwarded-For to
 * the caller's socket address; answers only to its own Host names (plus `allowedHosts`), others get 421.
 */
export declare function startWeb(options: {
  serverUrl: string;
  port?: number;
  root?: string;
  host?: string;
  allowedHosts?: string[];
}): Promise<WebServer>;

/** The path to forward, or null when it would leave /api/ (dot segments, raw or percent-encoded; backslashes). */
export declare function apiPathOf(rawUrl: string | undefined): string | null;

/** Forwarding headers a client sent, dropped by the proxy (it sets X-Forwarded-For itself). */
export declare const clientForwardingHeaders: readonly string[];

/** The lower-case Host header values the web server answers to. */
export declare function allowedHostsFor(host: string, port: number, extra?: string[]): Set<string>;

export declare function rendererBuildIsStale(root?: string): boolean;
export declare function ensureRendererBuild(options?: { force?: boolean; log?: (message: string) => void }): Promise<boolean>;
