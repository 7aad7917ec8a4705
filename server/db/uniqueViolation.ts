/**
 * True when a write failed on a unique index, told by the driver's error code rather than its message text:
 * better-sqlite3 says SQLITE_CONSTRAINT_UNIQUE (or _PRIMARYKEY), PostgreSQL says 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
