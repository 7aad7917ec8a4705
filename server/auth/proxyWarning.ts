import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { isLoopback } from '../../shared/domain/cidr';
import type { DB } from '../db/schema';

/** How many first staff calls from one and the same address make "all behind one proxy" likely. */
export const SAME_ADDRESS_CALLS = 20;

export const NO_TRUST_PROXY_NOTICE =
  'Let op: er zijn IP-bereiken ingesteld maar geen --trust-proxy. Komen aanroepen via een reverse proxy binnen, ' +
  'dan ziet de server alleen het adres van die proxy en gelden de IP-bereiken voor niemand afzonderlijk.';

export function oneProxyWarning(address: string): string {
  return (
    `Let op: de eerste ${SAME_ADDRESS_CALLS} medewerkeraanroepen kwamen allemaal van ${address}, terwijl er IP-bereiken zijn ` +
    'en geen --trust-proxy. Staat de server achter een reverse proxy, start dan met --trust-proxy <adres van de proxy>.'
  );
}

/**
 * Watches the socket addresses of the first staff calls: when the first `threshold` all come from one and
 * the same non-loopback address, that address is returned once (it is probably a proxy). Any other address,
 * or loopback, among them ends the watch: then callers evidently arrive with their own addresses.
 */
export class OneAddressWatch {
  private seen = 0;
  private address: string | null = null;
  private done = false;

  constructor(private readonly threshold = SAME_ADDRESS_CALLS) {}

  observe(socketAddress: string | undefined): string | null {
    if (this.done) return null;
    if (!socketAddress || isLoopback(socketAddress) || (this.address !== null && this.address !== socketAddress)) {
      this.done = true;
      return null;
    }
    this.address = socketAddress;
    this.seen++;
    if (this.seen < this.threshold) return null;
    this.done = true;
    return socketAddress;
  }
}

function trusting(trustProxy: string | string[] | boolean | undefined): boolean {
  if (Array.isArray(trustProxy)) return trustProxy.length > 0;
  return trustProxy === true || (typeof trustProxy === 'string' && trustProxy.trim() !== '');
}

async function hasRanges(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('ip_ranges').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Without --trust-proxy, a server behind a reverse proxy sees every caller as the proxy, so IP ranges stop
 * telling staff apart (and a proxy on the same host makes everyone loopback). That cannot be detected for
 * sure, so it is said: once at start when ranges exist, and once when the first staff calls all share one
 * address. Register before the staff guard, so refused calls count too.
 */
export function installProxyWarnings(
  app: FastifyInstance,
  opts: { trustProxy?: string | string[] | boolean; log: (message: string) => void },
): void {
  if (trusting(opts.trustProxy)) return;
  const db = () => app.ctx.store.db;
  app.addHook('onReady', async () => {
    if (await hasRanges(db())) opts.log(NO_TRUST_PROXY_NOTICE);
  });
  const watch = new OneAddressWatch();
  app.addHook('onRequest', async (req) => {
    const { access, routeName } = req.routeOptions.config;
    const staffCall = (access !== undefined && access !== 'public') || routeName === 'staff.signIn';
    if (!staffCall) return;
    const address = watch.observe(req.socket.remoteAddress);
    if (address !== null && (await hasRanges(db()))) opts.log(oneProxyWarning(address));
  });
}
