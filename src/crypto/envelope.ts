/**
 * Envelope encryption (DESIGN.md §6), with Web Crypto only:
 * - a random 256-bit AES-GCM **data key** encrypts every sensitive record;
 * - the data key is stored only **wrapped** by a key derived from her passphrase
 *   (PBKDF2-SHA256, `KDF_ITERATIONS`), so changing the passphrase re-wraps one key;
 * - once unwrapped, the data key is a non-extractable `CryptoKey` held in memory only.
 * Each record is sealed with a fresh 96-bit IV and bound to its table and id (additional data),
 * so a record cannot be swapped for another without failing to open.
 */

/**
 * PBKDF2-SHA256 iterations. 600,000 is OWASP's 2023 figure for PBKDF2-SHA256, the floor DESIGN.md
 * §6 sets; measured at about 0.1–0.2 s on a server CPU, so roughly 0.5–1.5 s on a cheap phone:
 * within the "well under two seconds" an unlock may take (see SECURITY.md and `npm run bench`).
 */
export const KDF_ITERATIONS = 600_000;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT_BYTES = 16;

export type EnvelopeErrorCode = 'truncated' | 'unreadable' | 'wrongPassphrase';

/** An expected failure: the words for each code live in the locales (`errors.envelope.*`). */
export class EnvelopeError extends Error {
  readonly code: EnvelopeErrorCode;
  constructor(code: EnvelopeErrorCode) {
    super(
      code === 'truncated'
        ? 'envelope: record is truncated'
        : code === 'unreadable'
          ? 'envelope: record cannot be opened (wrong key or altered)'
          : 'envelope: wrong passphrase',
    );
    this.name = 'EnvelopeError';
    this.code = code;
  }
}

export interface SealedValue {
  iv: Uint8Array;
  ct: ArrayBuffer;
}

/** What is stored to find the data key again: no secret without the passphrase. */
export interface WrappedKey {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: Uint8Array;
  iv: Uint8Array;
  wrapped: ArrayBuffer;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** A new random data key. Extractable only so it can be wrapped once; use `wrapDataKey` at once. */
export function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

/** Derives the key-encryption key from a passphrase (NFC-normalised, so any keyboard gives the same bytes). */
export async function deriveWrappingKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** Wraps `dataKey` (which must be extractable) under a key derived from `passphrase`. */
export async function wrapDataKey(
  dataKey: CryptoKey,
  passphrase: string,
  iterations = KDF_ITERATIONS,
): Promise<WrappedKey> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const kek = await deriveWrappingKey(passphrase, salt, iterations);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv });
  return { kdf: 'PBKDF2-SHA256', iterations, salt, iv, wrapped };
}

/**
 * Unwraps the data key. Non-extractable unless `extractable` (only to re-wrap it under a new
 * passphrase). Throws `EnvelopeError('wrongPassphrase')` when the passphrase is not the right one.
 */
export async function unwrapDataKey(
  stored: WrappedKey,
  passphrase: string,
  extractable = false,
): Promise<CryptoKey> {
  const kek = await deriveWrappingKey(passphrase, new Uint8Array(stored.salt), stored.iterations);
  return unwrapWith(kek, stored, extractable);
}

/**
 * The key that wraps the data key since issue 15: made from the **device secret** (32 random bytes
 * kept outside IndexedDB, src/storage/secrets.ts) and, when she has one, her passphrase
 * (PBKDF2-SHA256 bits, then HKDF-SHA256 salted with the device secret). Without the device secret
 * nothing opens, with or without her passphrase: deleting it is the wipe.
 */
export async function deviceWrappingKey(
  secret: Uint8Array<ArrayBuffer>,
  passphrase?: { passphrase: string; salt: Uint8Array<ArrayBuffer>; iterations: number },
): Promise<CryptoKey> {
  const usages: KeyUsage[] = ['wrapKey', 'unwrapKey'];
  if (!passphrase) return crypto.subtle.importKey('raw', secret, { name: 'AES-GCM' }, false, usages);
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: passphrase.salt, iterations: passphrase.iterations },
    material,
    256,
  );
  const hkdf = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: secret, info: encoder.encode('shn data key wrap v2') },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    usages,
  );
}

/** Wraps an extractable data key under `kek` with a fresh IV. */
export async function wrapWith(
  kek: CryptoKey,
  dataKey: CryptoKey,
): Promise<{ iv: Uint8Array; wrapped: ArrayBuffer }> {
  const iv = randomBytes(IV_BYTES);
  return { iv, wrapped: await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv }) };
}

/** Unwraps what `wrapWith` made. Throws `EnvelopeError('wrongPassphrase')` on a wrong key. */
export async function unwrapWith(
  kek: CryptoKey,
  stored: { iv: Uint8Array; wrapped: ArrayBuffer },
  extractable = false,
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      stored.wrapped,
      kek,
      { name: 'AES-GCM', iv: new Uint8Array(stored.iv) },
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new EnvelopeError('wrongPassphrase');
  }
}

/** Encrypts any JSON value, bound to `context` (e.g. "assessments/<id>"). */
export async function seal(key: CryptoKey, value: unknown, context: string): Promise<SealedValue> {
  const iv = randomBytes(IV_BYTES);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, ct };
}

/**
 * Decrypts what `seal` made with the same key and context. Throws `EnvelopeError`: "truncated" when
 * the record is too short to be one, "unreadable" when the key is wrong or a byte was changed.
 */
export async function open(key: CryptoKey, sealed: SealedValue, context: string): Promise<unknown> {
  const iv = toBytes(sealed.iv);
  const ct = toBytes(sealed.ct);
  if (!iv || iv.length !== IV_BYTES || !ct || ct.length < TAG_BYTES) throw new EnvelopeError('truncated');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
      key,
      ct,
    );
  } catch {
    throw new EnvelopeError('unreadable');
  }
  return JSON.parse(decoder.decode(plain)) as unknown;
}

/** Bytes from whatever IndexedDB gave back (typed array or ArrayBuffer, from any realm). */
function toBytes(value: unknown): Uint8Array<ArrayBuffer> | undefined {
  if (ArrayBuffer.isView(value)) {
    const out = new Uint8Array(value.byteLength);
    out.set(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    return out;
  }
  if (Object.prototype.toString.call(value) === '[object ArrayBuffer]')
    return new Uint8Array((value as ArrayBuffer).slice(0));
  return undefined;
}

/**
 * A one-way check value for the optional duress passphrase: PBKDF2 bits under their own salt.
 * It proves nothing about the real passphrase and opens nothing.
 */
export async function passphraseCheck(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  return new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256),
  );
}

/** Compares two byte arrays without stopping at the first difference. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export const SALT_LENGTH = SALT_BYTES;
