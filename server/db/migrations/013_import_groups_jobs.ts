// Migration 013: import, customer groups and durable jobs (catalogue H1, H2, H4).
// - jobs / job_items: every bulk action is a job in the database. A server claims a job with a lease
//   (lease_owner, lease_until); each item's effect and its "done" mark commit in one transaction, so a job
//   resumed after a restart never does an item twice. result_files names the job's files in the data folder.
// - customer_groups / customer_group_members: rights are portal function keys (shared/domain/portalFunctions.ts).
// - import_mappings: the last column mapping, remembered for the next import (one per organisation: scope 'global').
// - imports: an uploaded file waiting for its preview and commit (the bytes sit owner-only in the data folder),
//   with the wizard's plan (sheet, mapping, selection, group) that the preview and the commit read.
// Released migrations are never edited.
export default /* sql */ `
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  staff_id INTEGER NOT NULL,
  staff_username TEXT NOT NULL,
  staff_roles TEXT NOT NULL,
  source_address TEXT NOT NULL,
  params TEXT NOT NULL DEFAULT '{}',
  total INTEGER NOT NULL,
  done INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  lease_owner TEXT,
  lease_until TEXT,
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  result_files TEXT,
  fetched TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  finished_at TEXT,
  expires_at TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX jobs_open ON jobs(state, lease_until);
CREATE INDEX jobs_staff ON jobs(staff_id, created_at);

CREATE TABLE job_items (
  job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  customer_number TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending',
  message TEXT,
  done_at TEXT,
  PRIMARY KEY (job_id, seq)
);
CREATE INDEX job_items_pending ON job_items(job_id, state, seq);

CREATE TABLE customer_groups (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  rights TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE customer_group_members (
  group_id INTEGER NOT NULL REFERENCES customer_groups(id) ON DELETE CASCADE,
  household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  added_at TEXT NOT NULL,
  PRIMARY KEY (group_id, household_id)
);
CREATE INDEX customer_group_members_household ON customer_group_members(household_id);

CREATE TABLE import_mappings (
  scope TEXT PRIMARY KEY,
  mapping TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE imports (
  id TEXT PRIMARY KEY,
  staff_id INTEGER NOT NULL,
  file_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  plan TEXT,
  committed_at TEXT
);
`;
