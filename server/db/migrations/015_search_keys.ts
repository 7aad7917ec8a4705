// Migration 015: PostgreSQL indexes e-mail punctuation as part of its trigram keys (postgres/015_search_keys.ts).
// SQLite's FTS5 trigram tables keep punctuation in their trigrams already: nothing to change here.
export default /* sql */ `SELECT 1;`;
