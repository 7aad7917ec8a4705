import { ServerInfo } from '../../shared/api/staff';
import type { ConnectionTest } from '../../shared/bridge';

/** The slice of fetch this needs: Electron's net.fetch (Chromium's network stack and certificate store) in the app. */
export type FetchLike = (url: string, init: { signal: AbortSignal; redirect: 'manual'; headers: Record<string, string> }) => Promise<Response>;

const TIMEOUT_MS = 10_000;
/** /api/v1/info is a few hundred bytes; anything much larger is not our server, and is not read whole. */
const MAX_BODY = 64 * 1024;

/** Chromium's (net::ERR_CERT_…, ERR_SSL_…) and Node's (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_CERT_ALTNAME_INVALID, …) names of an untrusted certificate. */
const CERTIFICATE = /ERR_CERT_|ERR_SSL_|ERR_BAD_SSL|CERT_|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS_/i;
const TIMEOUT = /ERR_TIMED_OUT|ETIMEDOUT|ERR_CONNECTION_TIMED_OUT|TimeoutError|UND_ERR_CONNECT_TIMEOUT/i;

/** Every name and code in an error and its causes, to classify it by. */
function describe(error: unknown, depth = 0): string {
  if (!(error instanceof Error) || depth > 3) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? ` ${error.code}` : '';
  const cause = 'cause' in error && error.cause !== undefined ? ` ${describe(error.cause, depth + 1)}` : '';
  return `${error.name} ${error.message}${code}${cause}`;
}

/** The shortest useful text of a failure (the network code when there is one), for the "what failed" line. */
function shortDetail(error: unknown): string {
  const text = describe(error);
  const code = /(net::)?ERR_[A-Z_]+|\b[A-Z][A-Z0-9_]{4,}\b/.exec(text)?.[0];
  return (code ?? (error instanceof Error ? error.message : text)).slice(0, 300);
}

/** Why a request that got no answer failed. */
export function classifyFailure(error: unknown): ConnectionTest {
  const text = describe(error);
  // Electron's net.fetch does not hand over a redirect it was told not to follow: it fails with this message.
  if (/Redirect was cancelled|redirect policy/i.test(text)) return { ok: false, problem: 'notPortal', detail: 'redirect' };
  if (CERTIFICATE.test(text)) return { ok: false, problem: 'certificate', detail: shortDetail(error) };
  if (TIMEOUT.test(text)) return { ok: false, problem: 'timeout' };
  return { ok: false, problem: 'unreachable', detail: shortDetail(error) };
}

async function readCapped(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY) return null;
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What an answer says about the server: a KCC portal server's info, or what it was instead. */
export async function classifyResponse(response: Response): Promise<ConnectionTest> {
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return { ok: false, problem: 'notPortal', detail: `HTTP ${response.status || 'redirect'}` };
  }
  // A reverse proxy in front of a server that is down.
  if (response.status === 502 || response.status === 503 || response.status === 504) {
    return { ok: false, problem: 'unreachable', detail: `HTTP ${response.status}` };
  }
  if (!response.ok) return { ok: false, problem: 'notPortal', detail: `HTTP ${response.status}` };
  const text = await readCapped(response);
  if (text === null) return { ok: false, problem: 'notPortal', detail: 'answer too large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notPortal', detail: 'no JSON' };
  }
  const info = ServerInfo.safeParse(json);
  if (!info.success) return { ok: false, problem: 'notPortal', detail: 'unexpected answer' };
  return { ok: true, name: info.data.name, version: info.data.version, demo: info.data.demo };
}

/**
 * "Verbinding testen" for a profile's server address (already checked by the shared URL rule): one GET of
 * /api/v1/info without following redirects (an https address must not quietly end up elsewhere), with a time limit.
 */
export async function testConnection(serverUrl: string, fetchFn: FetchLike, timeoutMs = TIMEOUT_MS): Promise<ConnectionTest> {
  const url = `${serverUrl.replace(/\/+$/, '')}/api/v1/info`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), timeoutMs);
  try {
    const response = await fetchFn(url, { signal: controller.signal, redirect: 'manual', headers: { accept: 'application/json' } });
    return await classifyResponse(response);
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, problem: 'timeout' };
    return classifyFailure(error);
  } finally {
    clearTimeout(timer);
  }
}
