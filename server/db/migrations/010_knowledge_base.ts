// Migration 010: the knowledge base (catalogue E1–E4). Topics and their customer questions, the counters
// behind the codes KBO-nnnnn / KBK-nnnnn (never reused, not even after a delete), and a contentless FTS5
// trigram index over each question's description and keywords for the portal search (server/kb/).
// Keywords are stored as a JSON array; the index holds them one per line so a term never spans two.
// Released migrations are never edited.

const questionSearchRow = (q: string) =>
  `${q}.id, ${q}.description, (SELECT group_concat(value, char(10)) FROM json_each(${q}.keywords))`;

/** The triggers, exported so a bulk load (the bench's generated knowledge base) can drop and restore them. */
export const kbSearchTriggers = /* sql */ `
CREATE TRIGGER IF NOT EXISTS kb_question_search_ai AFTER INSERT ON kb_questions BEGIN
  INSERT INTO kb_question_search (rowid, description, keywords) SELECT ${questionSearchRow('new')};
END;
CREATE TRIGGER IF NOT EXISTS kb_question_search_au AFTER UPDATE OF description, keywords ON kb_questions BEGIN
  DELETE FROM kb_question_search WHERE rowid = old.id;
  INSERT INTO kb_question_search (rowid, description, keywords) SELECT ${questionSearchRow('new')};
END;
CREATE TRIGGER IF NOT EXISTS kb_question_search_ad AFTER DELETE ON kb_questions BEGIN
  DELETE FROM kb_question_search WHERE rowid = old.id;
END;
`;

export const kbSearchTriggerNames = ['kb_question_search_ai', 'kb_question_search_au', 'kb_question_search_ad'] as const;

export const kbSearchRebuild = /* sql */ `
INSERT INTO kb_question_search (kb_question_search) VALUES ('delete-all');
INSERT INTO kb_question_search (rowid, description, keywords) SELECT ${questionSearchRow('q')} FROM kb_questions q;
`;

export default /* sql */ `
CREATE TABLE kb_topics (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL,
  keywords TEXT NOT NULL DEFAULT '[]',
  sort_order INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX kb_topics_order ON kb_topics(sort_order);

-- topic_id, portal and sort_order first: the search reads only those for every matching row.
CREATE TABLE kb_questions (
  id INTEGER PRIMARY KEY,
  topic_id INTEGER NOT NULL REFERENCES kb_topics(id),
  portal INTEGER NOT NULL DEFAULT 0,
  sort_order INTEGER NOT NULL,
  code TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL,
  keywords TEXT NOT NULL DEFAULT '[]',
  internal INTEGER NOT NULL DEFAULT 1,
  external INTEGER NOT NULL DEFAULT 0,
  answer TEXT NOT NULL DEFAULT '',
  follow_ups TEXT NOT NULL DEFAULT '[]',
  advice TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX kb_questions_topic ON kb_questions(topic_id, sort_order);
-- Covering index for the search's per-topic counts (rowid → topic, flag without touching the wide row).
CREATE INDEX kb_questions_search ON kb_questions(id, topic_id, portal, sort_order);

-- The last number handed out per kind ('topic', 'question'): bumped in the creating transaction.
CREATE TABLE kb_codes (
  kind TEXT PRIMARY KEY,
  last INTEGER NOT NULL
);
INSERT INTO kb_codes (kind, last) VALUES ('topic', 0), ('question', 0);

CREATE VIRTUAL TABLE kb_question_search USING fts5(
  description, keywords,
  content='', contentless_delete=1, tokenize='trigram remove_diacritics 1'
);
${kbSearchTriggers}
`;
