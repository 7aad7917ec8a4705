import { z } from 'zod';
import { CreateIpRange, type IpRange } from '../../../../shared/api/ipRanges';
import { normalizeRange, type RangeRule } from '../../../../shared/domain/cidr';

/** What the dialog holds (kept as a draft); `version` is the one the edit started from. */
export interface RangeForm {
  cidr: string;
  admin: boolean;
  kcc: boolean;
  description: string;
  version: number | null;
}

export const emptyRangeForm: RangeForm = { cidr: '', admin: true, kcc: true, description: '', version: null };

export function formFromRange(r: IpRange): RangeForm {
  return { cidr: r.cidr, admin: r.admin, kcc: r.kcc, description: r.description, version: r.version };
}

/** The server's own rules (a valid address or CIDR range, at least one group); the version travels beside. */
export const rangeSchema = z
  .object({ cidr: z.string(), admin: z.boolean(), kcc: z.boolean(), description: z.string(), version: z.number().nullable() })
  .transform((form): z.input<typeof CreateIpRange> => ({ cidr: form.cidr, admin: form.admin, kcc: form.kcc, description: form.description }))
  .pipe(CreateIpRange);

/** The rule a saved range would be, as the lock-out check compares it. */
export function ruleOf(range: CreateIpRange): RangeRule {
  return { cidr: normalizeRange(range.cidr), admin: range.admin, kcc: range.kcc };
}

/** A server field onto the dialog's fields ('kcc' shares the flags' message under 'admin'). */
export function toField(name: string): 'cidr' | 'admin' | 'description' | null {
  if (name === 'cidr' || name === 'description' || name === 'admin') return name;
  if (name === 'kcc') return 'admin';
  return null;
}
