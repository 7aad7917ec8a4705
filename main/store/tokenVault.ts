import { z } from 'zod';
import type { KeyValueStore } from './keyValue';

/** The slice of Electron's safeStorage used here. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Where a token may live: encrypted on disk, or (no OS encryption) only in memory for this run. */
export function tokenStorageMode(encryptionAvailable: boolean): 'encrypted' | 'memory' {
  return encryptionAvailable ? 'encrypted' : 'memory';
}

const StoredTokens = z.record(z.string(), z.string());

/**
 * Staff session tokens per profile. On disk only as safeStorage ciphertext (base64); without OS
 * encryption they are kept in memory, so a restart means signing in again — never plain text on disk.
 */
export class TokenVault {
  private readonly memory = new Map<string, string>();

  constructor(
    private readonly kv: KeyValueStore,
    private readonly safe: SafeStorageLike,
  ) {}

  get(profileId: string): string | null {
    if (tokenStorageMode(this.safe.isEncryptionAvailable()) === 'memory') return this.memory.get(profileId) ?? null;
    const stored = this.stored()[profileId];
    if (!stored) return null;
    try {
      return this.safe.decryptString(Buffer.from(stored, 'base64'));
    } catch {
      // Unreadable (other user, changed keychain): forget it; the user signs in again.
      this.set(profileId, null);
      return null;
    }
  }

  set(profileId: string, token: string | null): void {
    const tokens = this.stored();
    delete tokens[profileId];
    this.memory.delete(profileId);
    if (token !== null) {
      if (tokenStorageMode(this.safe.isEncryptionAvailable()) === 'memory') this.memory.set(profileId, token);
      else tokens[profileId] = this.safe.encryptString(token).toString('base64');
    }
    this.kv.set('tokens', tokens);
  }

  private stored(): Record<string, string> {
    const parsed = StoredTokens.safeParse(this.kv.get('tokens'));
    return parsed.success ? { ...parsed.data } : {};
  }
}
