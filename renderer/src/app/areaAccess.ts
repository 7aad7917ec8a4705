import type { StaffRole } from '../../../shared/api/staff';
import { can, type Capability } from '../../../shared/roles';

/** Pure role rules for the navigation (unit-tested without React). */
export interface AreaLike {
  path: string;
  /** The capability (shared/roles.ts) that opens the area: the same one its server routes need. */
  capability: Capability;
}

export function allowedAreas<A extends AreaLike>(areas: readonly A[], roles: readonly StaffRole[]): A[] {
  return areas.filter((a) => can(roles, a.capability));
}

/** The area that owns `path` (longest prefix wins), if any. */
export function areaForPath<A extends Pick<AreaLike, 'path'>>(areas: readonly A[], path: string): A | undefined {
  return [...areas]
    .sort((a, b) => b.path.length - a.path.length)
    .find((a) => path === a.path || path.startsWith(`${a.path}/`));
}
