import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { displayAddress, isAddressAllowed } from '../../shared/domain/cidr';
import { ApiError } from '../errors';

export async function loadRanges(db: Kysely<DB>) {
  const rows = await db.selectFrom('ip_ranges').select(['cidr', 'admin', 'kcc']).execute();
  return rows.map((r) => ({ cidr: r.cidr, admin: r.admin === 1, kcc: r.kcc === 1 }));
}

/** The address the IP ranges judge, and whether it is the connection's own (socket) address. */
export interface CallerAddress {
  address: string;
  /** False when the address came from X-Forwarded-For (a trusted proxy's word), even if it equals the socket's. */
  fromSocket: boolean;
}

/** What callerAddress reads of a Fastify request. */
export interface PeerRequest {
  ip: string;
  /** With trustProxy: the socket address, then each forwarded address believed. Absent without trustProxy. */
  ips?: string[];
  socket: { remoteAddress?: string };
}

export function callerAddress(req: PeerRequest): CallerAddress {
  const forwarded = (req.ips?.length ?? 1) > 1;
  return { address: req.ip, fromSocket: !forwarded && req.ip === req.socket.remoteAddress };
}

/**
 * Throws 403 ip_not_allowed naming the address when no configured range admits it for these roles. Loopback
 * is exempt only as the socket address: from a trusted proxy, "X-Forwarded-For: 127.0.0.1" is not the server.
 */
export async function assertAddressAllowed(db: Kysely<DB>, caller: CallerAddress, roles?: readonly string[]): Promise<void> {
  assertAddressIn(await loadRanges(db), caller, roles);
}

/** assertAddressAllowed on ranges already read (the staff guard reads them beside the session). */
export function assertAddressIn(ranges: Awaited<ReturnType<typeof loadRanges>>, caller: CallerAddress, roles?: readonly string[]): void {
  if (!isAddressAllowed(caller.address, ranges, roles, { loopbackExempt: caller.fromSocket })) {
    const shown = displayAddress(caller.address);
    throw new ApiError('ip_not_allowed', `Toegang vanaf IP-adres ${shown} is niet toegestaan`, { address: shown });
  }
}
