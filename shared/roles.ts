import type { StaffRole } from './api/staff';

/**
 * The one role table: what each staff role may do, as capabilities. The route table names one capability per
 * staff route, the server's guard checks it, and the renderer shows areas and buttons from it.
 *
 * - `kcc` (KCC-medewerker) looks customers up, looks along and acts on a customer's behalf, and reads accounts;
 * - `kcc-admin` (KCC-beheerder) also manages tenant accounts and account requests, makes bulk activation
 *   letters and reads the audit log;
 * - `admin` (Beheerder) configures the portal (settings, IP ranges), manages accounts and account requests,
 *   looks customers up (but does not act as one: that is the KCC's function) and reads the audit log;
 * - `helpdesk` (cultural-card helpdesk) handles weborders and IBAN changes.
 */
export const capabilities = {
  /** Their own session and address. */
  'staff.self': ['kcc', 'kcc-admin', 'admin', 'helpdesk'],
  'customers.read': ['kcc', 'kcc-admin', 'admin'],
  /** Look along, act on behalf, see and regenerate activation codes. */
  'customers.act': ['kcc', 'kcc-admin'],
  'letters.bulk': ['kcc-admin', 'admin'],
  'accounts.read': ['kcc', 'kcc-admin', 'admin'],
  'accounts.manage': ['kcc-admin', 'admin'],
  'accountRequests.read': ['kcc', 'kcc-admin', 'admin'],
  'accountRequests.manage': ['kcc-admin', 'admin'],
  'settings.manage': ['admin'],
  'network.manage': ['admin'],
  'audit.read': ['admin', 'kcc-admin'],
  /** The attention overview (Aandacht): every role, each sees its own part of it. */
  'attention.read': ['kcc', 'kcc-admin', 'admin', 'helpdesk'],
  'weborders.read': ['helpdesk', 'admin'],
  'weborders.manage': ['helpdesk'],
  'iban.manage': ['helpdesk'],
  /** Portal configuration: labels, e-mail templates, outbox, theme, functionalities, portal roles, knowledge base. */
  'portal.configure': ['admin'],
  /** The knowledge base is read by every role: KCC staff answer the same questions on the phone. */
  'kb.read': ['kcc', 'kcc-admin', 'admin', 'helpdesk'],
  /** Import wizard, customer groups, bulk accounts and letters as jobs. */
  'imports.manage': ['admin', 'kcc-admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Capability = keyof typeof capabilities;

export const capabilityNames = Object.keys(capabilities) as Capability[];

/** The roles that give a capability. */
export function rolesFor(capability: Capability): readonly StaffRole[] {
  return capabilities[capability];
}

/** Whether any of `roles` gives the capability. */
export function can(roles: readonly StaffRole[], capability: Capability): boolean {
  const allowed: readonly StaffRole[] = capabilities[capability];
  return roles.some((r) => allowed.includes(r));
}
