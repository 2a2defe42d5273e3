/**
 * The app's key derivation and sealing, redone in Node, for the proofs that read a browser profile
 * from outside: tests/e2e/wipe.test.ts (Chromium) and scripts/measureWipeFirefox.ts (Firefox). Given
 * what was stored (read through the page) and bytes found on disk, they try to open it as the app
 * would (src/crypto/envelope.ts `deviceWrappingKey`, src/storage/sealedRepository.ts).
 */
import { webcrypto } from 'node:crypto';

const { subtle } = webcrypto;

/** What the app stores, as plain numbers: the wrapped data key, its device secret, every sealed row. */
export interface Stored {
  secretId: string;
  secret: number[];
  iv: number[];
  wrapped: number[];
  passphrase?: { salt: number[]; iterations: number };
  records: { context: string; iv: number[]; ct: number[] }[];
}

/** Her passphrase's PBKDF2 bits (the slow part of the app's derivation, done once). */
export async function passphraseBits(stored: Stored, passphrase: string): Promise<ArrayBuffer | undefined> {
  if (!stored.passphrase) return undefined;
  const material = await subtle.importKey('raw', Buffer.from(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  return subtle.deriveBits(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: new Uint8Array(stored.passphrase.salt),
      iterations: stored.passphrase.iterations,
    },
    material,
    256,
  );
}

/** The app's own derivation (src/crypto/envelope.ts `deviceWrappingKey`), in Node. */
export async function wrappingKey(
  secret: Uint8Array,
  bits: ArrayBuffer | undefined,
): Promise<webcrypto.CryptoKey> {
  const usages: webcrypto.KeyUsage[] = ['unwrapKey'];
  if (!bits) return subtle.importKey('raw', secret, { name: 'AES-GCM' }, false, usages);
  const hkdf = await subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: secret, info: Buffer.from('shn data key wrap v2') },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    usages,
  );
}

/** The key made from her passphrase alone (how the data key was wrapped before issue 15). */
export async function passphraseOnlyKey(stored: Stored, passphrase: string): Promise<webcrypto.CryptoKey> {
  const material = await subtle.importKey('raw', Buffer.from(passphrase), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: new Uint8Array(stored.passphrase?.salt ?? new Uint8Array(16)),
      iterations: stored.passphrase?.iterations ?? 600_000,
    },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['unwrapKey'],
  );
}

/** The data key, if this key-encryption key unwraps it. */
export async function tryUnwrap(
  kek: webcrypto.CryptoKey,
  stored: Stored,
): Promise<webcrypto.CryptoKey | undefined> {
  try {
    return await subtle.unwrapKey(
      'raw',
      new Uint8Array(stored.wrapped),
      kek,
      { name: 'AES-GCM', iv: new Uint8Array(stored.iv) },
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
  } catch {
    return undefined;
  }
}

/** A sealed row's text, if this data key opens it. */
export async function tryOpen(
  key: webcrypto.CryptoKey,
  record: Stored['records'][number],
): Promise<string | undefined> {
  try {
    const plain = await subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(record.iv), additionalData: Buffer.from(record.context) },
      key,
      new Uint8Array(record.ct),
    );
    return Buffer.from(plain).toString('utf8');
  } catch {
    return undefined;
  }
}
