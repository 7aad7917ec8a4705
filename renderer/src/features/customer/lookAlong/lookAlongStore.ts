import { useEffect, useState, useSyncExternalStore } from 'react';

/**
 * The one look-along session of this window: started on a customer screen, shown by the banner
 * on every screen, sent as X-Look-Along-Session with every change made on the customer's behalf.
 * Kept in sessionStorage so a reload keeps it; tied to the staff member who started it.
 */
export interface LookAlongSession {
  sessionId: string;
  expiresAt: string;
  customerNumber: string;
  customerName: string;
  staffId: number;
  staffName: string;
  /** Set when the server refused the session before its clock said so (ended elsewhere). */
  endedByServer?: boolean;
}

const KEY = 'kcc.lookAlong';
const listeners = new Set<() => void>();
let current: LookAlongSession | null = load();

function load(): LookAlongSession | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const s = parsed as Partial<LookAlongSession>;
    if (typeof s.sessionId !== 'string' || typeof s.expiresAt !== 'string' || typeof s.customerNumber !== 'string') return null;
    return parsed as LookAlongSession;
  } catch {
    return null;
  }
}

function set(next: LookAlongSession | null): void {
  current = next;
  try {
    if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
    else sessionStorage.removeItem(KEY);
  } catch {
    // memory only
  }
  listeners.forEach((l) => l());
}

export function lookAlongSession(): LookAlongSession | null {
  return current;
}
export function setLookAlongSession(session: LookAlongSession): void {
  set(session);
}
export function clearLookAlongSession(): void {
  set(null);
}
/** The server says the session is over (expired or stopped elsewhere): keep the banner, say so. */
export function markLookAlongEnded(sessionId: string): void {
  if (current && current.sessionId === sessionId && !current.endedByServer) set({ ...current, endedByServer: true });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface LookAlongState {
  session: LookAlongSession | null;
  /** Whole seconds left; 0 once expired. */
  secondsLeft: number;
  active: boolean;
}

/** The session of `staffId` (another staff member's leftover is ignored), ticking once a second. */
export function useLookAlong(staffId: number | null): LookAlongState {
  const stored = useSyncExternalStore(subscribe, lookAlongSession, lookAlongSession);
  const session = stored && staffId !== null && stored.staffId === staffId ? stored : null;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!session) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [session]);
  if (!session) return { session: null, secondsLeft: 0, active: false };
  const secondsLeft = Math.max(0, Math.floor((new Date(session.expiresAt).getTime() - now) / 1000));
  return { session, secondsLeft, active: secondsLeft > 0 && !session.endedByServer };
}

/** "14:05" for 845 seconds. */
export function formatRemaining(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** The live session id for this customer, if any (by the local clock; the server has the last word). */
export function liveSessionFor(customerNumber: string): string | null {
  const s = current;
  if (!s || s.customerNumber !== customerNumber || s.endedByServer) return null;
  return new Date(s.expiresAt).getTime() > Date.now() ? s.sessionId : null;
}
