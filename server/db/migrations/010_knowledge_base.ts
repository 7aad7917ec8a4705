// Migration 010: the knowledge base (catalogue E1–E4). Topics and their customer questions, the counters
// behind the codes KBO-nnnnn / KBK-nnnnn (never reused, not even after a delete), and a contentless FTS5
// trigram index over each question's description and keywords for the portal search (server/kb/), whose
// rowid packs topic and portal flag (see below).
// Keywords are stored as a JSON array; the index holds them one per line so a term never spans two.
// Released migrations are never edited.

/**
 * The index's rowid packs what the search counts by: topic (bits 24+), portal flag (bit 23), question id
 * (bits 0–22, up to 8 million questions). Counting per topic and flag is then one pass over the index
 * (GROUP BY rowid >> 23) without touching kb_questions, and "this topic's portal questions" is a rowid range.
 */
export const KB_ROWID_TOPIC_SHIFT = 24;
export const KB_ROWID_PORTAL_BIT = 23;
const searchRowid = (q: string) => `((${q}.topic_id << ${KB_ROWID_TOPIC_SHIFT}) | (${q}.portal << ${KB_ROWID_PORTAL_BIT}) | ${q}.id)`;
const questionSearchRow = (q: string) =>
  `${searchRowid(q)}, ${q}.description, (SELECT group_concat(value, char(10)) FROM json_each(${q}.keywords))`;

/** Every change that can alter a search answer bumps this counter: the search caches answers until then. */
const bump = `UPDATE kb_codes SET last = last + 1 WHERE kind = 'kb_changed';`;

/** The triggers, exported so a bulk load (the bench's generated knowledge base) can drop and restore them. */
export const kbSearchTriggers = /* sql */ `
CREATE TRIGGER IF NOT EXISTS kb_question_search_ai AFTER INSERT ON kb_questions BEGIN
  INSERT INTO kb_question_search (rowid, description, keywords) SELECT ${questionSearchRow('new')};
  ${bump}
END;
CREATE TRIGGER IF NOT EXISTS kb_question_search_au AFTER UPDATE OF description, keywords, topic_id, portal ON kb_questions BEGIN
  DELETE FROM kb_question_search WHERE rowid = ${searchRowid('old')};
  INSERT INTO kb_question_search (rowid, description, keywords) SELECT ${questionSearchRow('new')};
  ${bump}
END;
CREATE TRIGGER IF NOT EXISTS kb_question_search_ao AFTER UPDATE OF sort_order, code ON kb_questions BEGIN
  ${bump}
END;
CREATE TRIGGER IF NOT EXISTS kb_question_search_ad AFTER DELETE ON kb_questions BEGIN
  DELETE FROM kb_question_search WHERE rowid = ${searchRowid('old')};
  ${bump}
END;
`;

export const kbSearchTriggerNames = ['kb_question_search_ai', 'kb_question_search_au', 'kb_question_search_ao', 'kb_question_search_ad'] as const;

export const kbSearchRebuild = /* sql */ `
INSERT INTO kb_question_search (kb_question_search) VALUES ('delete-all');
INSERT INTO kb_question_search (rowid, description, keywords) SELECT ${questionSearchRow('q')} FROM kb_questions q;
${bump}
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

-- The last number handed out per kind ('topic', 'question'): bumped in the creating transaction.
CREATE TABLE kb_codes (
  kind TEXT PRIMARY KEY,
  last INTEGER NOT NULL
);
-- 'kb_changed' is no code: it counts changes (topics here, questions in the search triggers below).
INSERT INTO kb_codes (kind, last) VALUES ('topic', 0), ('question', 0), ('kb_changed', 0);
CREATE TRIGGER kb_topics_changed_ai AFTER INSERT ON kb_topics BEGIN ${bump} END;
CREATE TRIGGER kb_topics_changed_au AFTER UPDATE ON kb_topics BEGIN ${bump} END;
CREATE TRIGGER kb_topics_changed_ad AFTER DELETE ON kb_topics BEGIN ${bump} END;

CREATE VIRTUAL TABLE kb_question_search USING fts5(
  description, keywords,
  content='', contentless_delete=1, tokenize='trigram remove_diacritics 1'
);
${kbSearchTriggers}
`;
