// Migration 009: the portal's look and functions. The theme (17 colour expressions as JSON, logo shape,
// copyright), every compiled stylesheet (kept for restore; the theme names the active one), the uploaded
// images (bytes in their own table, away from hot rows), the portal functions' switches (a missing row is
// "on"), the functionalities tab's two options, a version on household roles (their portal flags become
// editable), and repair requests made without signing in. Released migrations are never edited.
export default /* sql */ `
CREATE TABLE portal_theme (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  colors TEXT NOT NULL DEFAULT '{}',
  logo_shape TEXT NOT NULL DEFAULT 'round',
  copyright INTEGER NOT NULL DEFAULT 1,
  active_stylesheet_id INTEGER,
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT,
  updated_by TEXT
);
INSERT INTO portal_theme (id) VALUES (1);

CREATE TABLE theme_stylesheets (
  id INTEGER PRIMARY KEY,
  css TEXT NOT NULL,
  hash TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  colors TEXT NOT NULL,
  logo_shape TEXT NOT NULL,
  copyright INTEGER NOT NULL,
  compiled_at TEXT NOT NULL,
  compiled_by TEXT NOT NULL,
  compile_ms INTEGER NOT NULL
);

CREATE TABLE theme_assets (
  name TEXT PRIMARY KEY,
  content_type TEXT NOT NULL,
  data BLOB NOT NULL,
  hash TEXT NOT NULL,
  size INTEGER NOT NULL,
  uploaded_at TEXT NOT NULL,
  uploaded_by TEXT NOT NULL
);

CREATE TABLE portal_functions (
  key TEXT PRIMARY KEY,
  enabled INTEGER NOT NULL,
  version INTEGER NOT NULL,
  updated_at TEXT,
  updated_by TEXT
);

CREATE TABLE portal_function_options (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  interesting_topics INTEGER NOT NULL DEFAULT 5,
  acceptgiro_allowed INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO portal_function_options (id) VALUES (1);

ALTER TABLE household_roles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE anonymous_repair_requests (
  id INTEGER PRIMARY KEY,
  received_at TEXT NOT NULL,
  request_number TEXT NOT NULL,
  postcode TEXT NOT NULL,
  house_number INTEGER NOT NULL,
  house_number_addition TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  phone TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL,
  description TEXT NOT NULL,
  household_id INTEGER REFERENCES households(id) ON DELETE SET NULL,
  repair_request_id INTEGER REFERENCES repair_requests(id) ON DELETE SET NULL
);
CREATE INDEX anonymous_repair_address ON anonymous_repair_requests(postcode, house_number);
`;
