import { CreateIpRange, type IpRange, type UpdateIpRange } from '../../../../shared/api/ipRanges';
import { normalizeRange, type RangeRule } from '../../../../shared/domain/cidr';

/** What the dialog holds (kept as a draft); `version` is the one the edit started from. */
export interface RangeForm {
  cidr: string;
  admin: boolean;
  kcc: boolean;
  description: string;
  version: number | null;
}

export type RangeField = 'cidr' | 'admin' | 'description';
export type RangeErrors = Partial<Record<RangeField, string>>;

export const emptyRangeForm: RangeForm = { cidr: '', admin: true, kcc: true, description: '', version: null };

export function formFromRange(r: IpRange): RangeForm {
  return { cidr: r.cidr, admin: r.admin, kcc: r.kcc, description: r.description, version: r.version };
}

export type ParsedRange = { ok: true; rule: RangeRule; create: CreateIpRange; update: UpdateIpRange | null } | { ok: false; errors: RangeErrors };

/** Validates with the server's own schema (same rules, same Dutch messages: isValidCidrOrAddress, at least one group). */
export function parseRangeForm(form: RangeForm): ParsedRange {
  const result = CreateIpRange.safeParse({ cidr: form.cidr, admin: form.admin, kcc: form.kcc, description: form.description });
  if (!result.success) return { ok: false, errors: fieldErrors(result.error.issues) };
  const create = result.data;
  const rule = { cidr: normalizeRange(create.cidr), admin: create.admin, kcc: create.kcc };
  const update = form.version === null ? null : { ...create, version: form.version };
  return { ok: true, rule, create, update };
}

/** Server or schema issues onto the three fields ('kcc' shares the flags' message under 'admin'). */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): RangeErrors {
  const out: RangeErrors = {};
  for (const issue of issues) {
    const field = toField(issue.path[0]);
    if (field && !out[field]) out[field] = issue.message;
  }
  return out;
}

export function toField(name: unknown): RangeField | null {
  if (name === 'cidr' || name === 'description' || name === 'admin') return name;
  if (name === 'kcc') return 'admin';
  return null;
}
