/**
 * PostgreSQL's text form of times, read back as the strings the server wrote (migration 016: instants are
 * timestamptz, calendar dates are date). Every instant was written as `new Date().toISOString()` (UTC, milliseconds,
 * `Z`), and the API and the audit chain's hashes depend on getting exactly those bytes back, as from SQLite's text.
 */

// `2026-12-01 02:46:30.123456+00`, `… 02:46:30+05:30`, `0001-01-01 00:00:00+00 BC` (the session is UTC, but any
// offset PostgreSQL prints is honoured).
const TIMESTAMP = /^(\d{4,})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?(?:([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?)?( BC)?$/;

/**
 * timestamptz (and timestamp, taken as UTC) → `YYYY-MM-DDTHH:mm:ss.sssZ`, as `Date.prototype.toISOString` writes it:
 * microseconds are cut to milliseconds (as JS's own parser does), never rounded. `infinity`/`-infinity` stay as
 * PostgreSQL writes them (no JS writer produces them).
 */
export function parseTimestampTz(text: string): string {
  const m = TIMESTAMP.exec(text);
  if (!m) return text;
  const [, y, mo, d, h, mi, s, frac, sign, oh, om, os, bc] = m;
  const year = bc ? 1 - Number(y) : Number(y);
  const ms = frac ? Number(frac.padEnd(3, '0').slice(0, 3)) : 0;
  const t = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  t.setUTCFullYear(year, Number(mo) - 1, Number(d));
  t.setUTCHours(Number(h), Number(mi), Number(s), ms);
  const offsetSeconds = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 3600 + Number(om ?? 0) * 60 + Number(os ?? 0)) : 0;
  return new Date(t.getTime() - offsetSeconds * 1000).toISOString();
}

/** date → its `YYYY-MM-DD` text as is (pg's default would make a local-midnight Date of it). */
export function parseDate(text: string): string {
  return text;
}
