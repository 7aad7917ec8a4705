// Migration 008: the portal's texts and real mail delivery.
// - label_overrides: a changed label per language. The row stays after "Standaardtekst herstellen" (text NULL)
//   so its version keeps counting up: an editor holding an older version always gets 409. default_hash is the
//   hash of the shipped default the text was written against: when the default changes, the override is
//   "outdated". label_history keeps every earlier value (NULL: back to the default).
// - email_templates: a changed mail template (subject and body in the portal markup); the defaults ship in code.
// - outbox_mail gains its HTML part and the delivery state: attempts, last error, when to try again, and a
//   lease (claimed_until/claimed_by) so that several server processes never send one mail twice.
export default /* sql */ `
CREATE TABLE label_overrides (
  key TEXT NOT NULL,
  lang TEXT NOT NULL,
  text TEXT,
  default_hash TEXT NOT NULL,
  default_text TEXT NOT NULL,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (key, lang)
);

CREATE TABLE label_history (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  lang TEXT NOT NULL,
  text TEXT,
  version INTEGER NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL
);
CREATE INDEX label_history_key ON label_history(key, lang, id);

CREATE TABLE email_templates (
  id TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

ALTER TABLE outbox_mail ADD COLUMN html TEXT;
ALTER TABLE outbox_mail ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox_mail ADD COLUMN last_error TEXT;
ALTER TABLE outbox_mail ADD COLUMN last_attempt_at TEXT;
ALTER TABLE outbox_mail ADD COLUMN next_attempt_at TEXT;
ALTER TABLE outbox_mail ADD COLUMN claimed_until TEXT;
ALTER TABLE outbox_mail ADD COLUMN claimed_by TEXT;
CREATE INDEX outbox_mail_waiting ON outbox_mail(next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_mail_created ON outbox_mail(created_at);
`;
