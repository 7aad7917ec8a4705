import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FILE_MODE, isMissing, ownerOnlyFile } from '../db/fileModes';

/** The audit MAC key lives outside the database: whoever can only write the database cannot re-sign entries. */
export const AUDIT_KEY_FILE = 'audit.key';
/** An environment secret that, when set, is the key instead of the file (e.g. from a secrets manager). */
export const AUDIT_KEY_ENV = 'KCC_AUDIT_KEY';
const MIN_SECRET_LENGTH = 32;

export interface AuditKey {
  key: Buffer;
  source: 'env' | 'file';
  /** A fingerprint safe to log and to write into checkpoints: tells which key signed them, not the key. */
  id: string;
}

function keyId(key: Buffer): string {
  return createHmac('sha256', key).update('kcc-audit-key-id').digest('hex').slice(0, 16);
}

/**
 * The key from `secret` (normally KCC_AUDIT_KEY) when given, else from the data folder's key file, created
 * with 32 random bytes and owner-only permissions on first start. A damaged key file stops the server
 * rather than silently starting a new key, which would make every earlier MAC fail.
 */
export function loadAuditKey(dataDir: string, secret: string | undefined): AuditKey {
  if (secret !== undefined && secret !== '') {
    if (secret.length < MIN_SECRET_LENGTH) throw new Error(`${AUDIT_KEY_ENV} moet minstens ${MIN_SECRET_LENGTH} tekens lang zijn`);
    const key = Buffer.from(secret, 'utf8');
    return { key, source: 'env', id: keyId(key) };
  }
  const file = path.join(dataDir, AUDIT_KEY_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (!isMissing(error)) throw error;
    text = createKeyFile(file);
  }
  ownerOnlyFile(file);
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`Het auditsleutelbestand ${file} is beschadigd (verwacht: 64 hexadecimale tekens)`);
  const key = Buffer.from(hex, 'hex');
  return { key, source: 'file', id: keyId(key) };
}

function createKeyFile(file: string): string {
  const text = `${randomBytes(32).toString('hex')}\n`;
  try {
    // 'wx': never overwrite a key another process created in the meantime; synced before any entry uses it.
    const fd = fs.openSync(file, 'wx', FILE_MODE);
    try {
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return text;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return fs.readFileSync(file, 'utf8');
    throw error;
  }
}
