import { useSyncExternalStore } from 'react';

/**
 * A customer opened recently on this workstation (what the quick lookup lists when empty). Deliberately no
 * account status: a copy kept here would go stale with every block or activation; the customer screen it
 * opens reads the status fresh.
 */
export interface RecentCustomer {
  customerNumber: string;
  name: string;
  address: string;
}

const KEY = 'kcc.recentCustomers';
const MAX = 10;
const listeners = new Set<() => void>();
let cache: RecentCustomer[] | null = null;

function isRecent(value: unknown): value is RecentCustomer {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.customerNumber === 'string' && typeof v.name === 'string' && typeof v.address === 'string';
}

function load(): RecentCustomer[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecent).slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function recentCustomers(): RecentCustomer[] {
  cache ??= load();
  return cache;
}

/** Most recent first, each customer once, at most ten. */
export function rememberCustomer(customer: RecentCustomer): void {
  const current = recentCustomers();
  const first = current[0];
  if (first && first.customerNumber === customer.customerNumber && first.name === customer.name && first.address === customer.address) return;
  cache = [customer, ...current.filter((c) => c.customerNumber !== customer.customerNumber)].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(cache));
  } catch {
    // Storage unavailable: the list lives in memory for this window.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRecentCustomers(): RecentCustomer[] {
  return useSyncExternalStore(subscribe, recentCustomers, recentCustomers);
}
