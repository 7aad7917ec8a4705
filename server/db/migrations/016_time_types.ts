// Migration 016 for SQLite: nothing. PostgreSQL's twin (postgres/016_time_types.ts) turns its ISO text times into
// timestamptz and date columns; SQLite keeps ISO-8601 text, which both engines return alike.
export default /* sql */ `-- SQLite keeps its ISO-8601 text times: nothing to change.`;
