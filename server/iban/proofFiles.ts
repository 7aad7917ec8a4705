import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROOF_MAX_BYTES, type ProofContentType, type ProofUpload } from '../../shared/api/iban';
import { FILE_MODE, ownerOnlyDir } from '../db/fileModes';
import { fieldError } from '../errors';

/** Proofs live next to the database, one owner-only file each, never in a row (and never served to tenants). */
export const PROOF_FOLDER = 'iban-proofs';

/** What the first bytes say a file is: only the three kinds a bank statement or card copy comes as. */
export function sniffProofType(bytes: Uint8Array): ProofContentType | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  return null;
}

export interface CheckedProof {
  fileName: string;
  contentType: ProofContentType;
  bytes: Buffer;
}

/** Decodes and checks a proof: size at most 5 MB and its bytes really PDF, PNG or JPEG (400 details.proof). */
export function checkProof(proof: ProofUpload): CheckedProof {
  const bytes = Buffer.from(proof.dataBase64, 'base64');
  if (bytes.length === 0) throw fieldError('proof', 'Het bewijs is leeg');
  if (bytes.length > PROOF_MAX_BYTES) throw fieldError('proof', 'Het bewijs is groter dan 5 MB');
  const sniffed = sniffProofType(bytes);
  if (sniffed === null) throw fieldError('proof', 'Het bewijs moet een PDF, PNG of JPEG zijn');
  // The name only helps the reader; the type is what the bytes are.
  const fileName = path.basename(proof.fileName).replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 120) || 'bewijs';
  return { fileName, contentType: sniffed, bytes };
}

function folder(dataDir: string): string {
  return path.join(dataDir, PROOF_FOLDER);
}

/** Writes the proof owner-only under a random key; returns the key. */
export function storeProof(dataDir: string, bytes: Buffer): string {
  const dir = folder(dataDir);
  ownerOnlyDir(dir);
  const key = crypto.randomBytes(16).toString('hex');
  const file = path.join(dir, key);
  fs.writeFileSync(file, bytes, { mode: FILE_MODE, flag: 'wx' });
  fs.chmodSync(file, FILE_MODE);
  return key;
}

export function readProof(dataDir: string, key: string): Buffer | null {
  if (!/^[0-9a-f]{32}$/.test(key)) return null;
  try {
    return fs.readFileSync(path.join(folder(dataDir), key));
  } catch {
    return null;
  }
}

/** Removes a proof whose change was not written (the transaction failed). */
export function discardProof(dataDir: string, key: string): void {
  if (/^[0-9a-f]{32}$/.test(key)) fs.rmSync(path.join(folder(dataDir), key), { force: true });
}
