import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { z } from 'zod';
import { FILE_MODE, isMissing, ownerOnlyFile } from '../db/fileModes';

/**
 * Signed checkpoints of the audit chain's head, appended to a file in the data folder (and logged), outside
 * the database. A checkpoint says "entry `id` existed with hash `hash`": deleting it, cutting the chain
 * short or wiping the table cannot go unnoticed once a checkpoint names a later id. The first line of the
 * file is the `start` checkpoint, written when no entry had a MAC yet; it fixes `macFrom` for good.
 */
export const CHECKPOINT_FILE = 'audit-checkpoints.log';

const Checkpoint = z.object({
  v: z.literal(1),
  kind: z.enum(['start', 'periodic', 'shutdown']),
  id: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  macFrom: z.number().int().positive(),
  at: z.string(),
  keyId: z.string(),
});
export type Checkpoint = z.infer<typeof Checkpoint>;
const SignedCheckpoint = Checkpoint.extend({ sig: z.string().regex(/^[0-9a-f]{64}$/) });
export type SignedCheckpoint = z.infer<typeof SignedCheckpoint>;

/** Field order fixed here, so the signature does not depend on how JSON happened to order keys. */
function payload(c: Checkpoint): string {
  return `checkpoint\n${JSON.stringify([c.v, c.kind, c.id, c.hash, c.macFrom, c.at, c.keyId])}`;
}

export function signCheckpoint(key: Buffer, c: Checkpoint): SignedCheckpoint {
  return { ...c, sig: createHmac('sha256', key).update(payload(c)).digest('hex') };
}

function signatureValid(key: Buffer, c: SignedCheckpoint): boolean {
  const expected = createHmac('sha256', key).update(payload(c)).digest();
  return timingSafeEqual(expected, Buffer.from(c.sig, 'hex'));
}

/** Appends one line and syncs it to disk before returning: a checkpoint that can vanish in a crash is worthless. */
export function appendCheckpoint(file: string, c: SignedCheckpoint): void {
  const fd = fs.openSync(file, 'a', FILE_MODE);
  try {
    fs.writeSync(fd, `${JSON.stringify(c)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  ownerOnlyFile(file);
}

export interface CheckpointFile {
  /** The file does not exist (or is empty). */
  missing: boolean;
  /** Valid checkpoints in file order. */
  checkpoints: SignedCheckpoint[];
  /** 1-based number of the first line that is not a checkpoint signed with this key, if any. */
  badLine: number | null;
  /** The first bad line names another key: the server runs with a different key than it signed with. */
  otherKey: boolean;
}

/** Reads the file line by line (it grows by one line per checkpoint), checking each line's signature. */
export async function readCheckpoints(file: string, key: Buffer, keyId: string): Promise<CheckpointFile> {
  const result: CheckpointFile = { missing: true, checkpoints: [], badLine: null, otherKey: false };
  let stream: fs.ReadStream;
  try {
    stream = fs.createReadStream(file, { encoding: 'utf8' });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
  } catch (error) {
    if (isMissing(error)) return result;
    throw error;
  }
  let n = 0;
  for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (line.trim() === '') continue;
    result.missing = false;
    const parsed = SignedCheckpoint.safeParse(parseJson(line));
    if (parsed.success && signatureValid(key, parsed.data)) {
      result.checkpoints.push(parsed.data);
    } else if (result.badLine === null) {
      result.badLine = n;
      result.otherKey = parsed.success && parsed.data.keyId !== keyId;
    }
  }
  return result;
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
