// Migration 017: PostgreSQL keeps the household names' words beside its search documents (postgres/017_name_words.ts),
// to tell a common name without counting its matches. SQLite's FTS5 streams matches in order: nothing to add here.
export default /* sql */ `SELECT 1;`;
