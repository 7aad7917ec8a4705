import type { Person } from '../../../../../shared/api/customers';

/** "F.M.H. van Cedee" as the portal shows it. */
export function personName(p: Person): string {
  return [p.initials, p.middleName, p.lastName].filter((s) => s.trim() !== '').join(' ');
}
