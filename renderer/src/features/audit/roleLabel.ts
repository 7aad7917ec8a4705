import { staffRoles } from '../../../../shared/api/staff';
import type { MessageKey } from '../../i18n';

/** A role as staff know it ("Beheerder"); an unknown one (older entries) as stored. */
export function roleLabel(t: (key: MessageKey) => string, role: string): string {
  return (staffRoles as readonly string[]).includes(role) ? t(`role.${role}` as MessageKey) : role;
}
