/**
 * `%term%` with LIKE's wildcards taken literally, ASCII letters lower case: compared with `lower(column)`, it
 * matches as SQLite's LIKE does (ASCII case ignored, other letters exact) on PostgreSQL too, whose LIKE is
 * case-sensitive (and whose lower() on a COLLATE "C" column folds ASCII only, like SQLite's).
 */
export function likePattern(term: string): string {
  return `%${term.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
