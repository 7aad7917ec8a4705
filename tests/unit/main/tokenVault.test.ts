import { describe, expect, it } from 'vitest';
import { MemoryKeyValueStore } from '../../../main/store/keyValue';
import { TokenVault, tokenStorageMode, type SafeStorageLike } from '../../../main/store/tokenVault';

/** A reversible stand-in for the OS keychain cipher (XOR + marker), enough to see what hits the disk. */
function fakeSafeStorage(available: boolean): SafeStorageLike {
  const key = 0x5a;
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.concat([Buffer.from('ENC:'), Buffer.from(Buffer.from(text).map((b) => b ^ key))]),
    decryptString: (buf) => {
      if (buf.subarray(0, 4).toString() !== 'ENC:') throw new Error('cannot decrypt');
      return Buffer.from(buf.subarray(4).map((b) => b ^ key)).toString();
    },
  };
}

const TOKEN = 'kccs_3f9a2b7c1d8e4f60a5b9c0d1e2f3a4b5';

describe('TokenVault', () => {
  it('stores only ciphertext when OS encryption is available', () => {
    const kv = new MemoryKeyValueStore();
    const vault = new TokenVault(kv, fakeSafeStorage(true));
    vault.set('embedded', TOKEN);
    expect(JSON.stringify(kv.get('tokens'))).not.toContain(TOKEN);
    expect(new TokenVault(kv, fakeSafeStorage(true)).get('embedded')).toBe(TOKEN);
    vault.set('embedded', null);
    expect(vault.get('embedded')).toBeNull();
    expect(kv.get('tokens')).toEqual({});
  });

  it('keeps tokens in memory only when encryption is unavailable', () => {
    const kv = new MemoryKeyValueStore();
    const vault = new TokenVault(kv, fakeSafeStorage(false));
    vault.set('embedded', TOKEN);
    expect(vault.get('embedded')).toBe(TOKEN);
    expect(JSON.stringify(kv.get('tokens') ?? {})).not.toContain(TOKEN);
    expect(new TokenVault(kv, fakeSafeStorage(false)).get('embedded')).toBeNull();
  });

  it('forgets tokens it cannot decrypt', () => {
    const kv = new MemoryKeyValueStore();
    kv.set('tokens', { embedded: Buffer.from('garbage').toString('base64') });
    const vault = new TokenVault(kv, fakeSafeStorage(true));
    expect(vault.get('embedded')).toBeNull();
    expect(kv.get('tokens')).toEqual({});
  });

  it('decides the storage mode', () => {
    expect(tokenStorageMode(true)).toBe('encrypted');
    expect(tokenStorageMode(false)).toBe('memory');
  });
});
