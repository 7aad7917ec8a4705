import type { StaffRole } from '../../../shared/api/staff';

/** Pure role rules for the navigation (unit-tested without React). */
export interface AreaLike {
  path: string;
  roles: readonly StaffRole[];
}

export function allowedAreas<A extends AreaLike>(areas: readonly A[], roles: readonly StaffRole[]): A[] {
  return areas.filter((a) => a.roles.some((r) => roles.includes(r)));
}

/** The area that owns `path` (longest prefix wins), if any. */
export function areaForPath<A extends AreaLike>(areas: readonly A[], path: string): A | undefined {
  return [...areas]
    .sort((a, b) => b.path.length - a.path.length)
    .find((a) => path === a.path || path.startsWith(`${a.path}/`));
}
