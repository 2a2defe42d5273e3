/**
 * The age format (age-encryption.org/v1) for what she shares and backs up (DESIGN.md §7), through
 * the `age-encryption` library. This module is imported only by the sharing and backup screens,
 * which load lazily, so the library never weighs on the first load.
 *
 * Every failure the library can report is mapped to a reason code in `toAgeError`, and only there;
 * the screens turn codes into words (`share:errors.<code>`).
 */
import { Decrypter, Encrypter, armor, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { isAgeRecipient } from './recipient.ts';
import { normalizePassphrase, passphraseCandidates } from './passphrase.ts';

export { isAgeRecipient };

/**
 * scrypt work factor (log2 N) for passphrase files. Memory is 128 × r(8) × 2^logN bytes: 64 MiB
 * at 16, against 256 MiB at age's default of 18, which a 1–2 GB phone may refuse to give one tab.
 * Measured in SECURITY.md ("Sharing and backups").
 */
export const SCRYPT_LOG_N = 16;

/**
 * The heaviest scrypt work factor this app opens: log N 18 needs 256 MiB, age's own default. The
 * library accepts up to 20 (1 GiB), which would freeze or crash a cheap phone's tab.
 */
export const MAX_SCRYPT_LOG_N = 18;

export type AgeErrorCode =
  /** Neither binary age nor armored age text. */
  | 'notAgeFile'
  /** Cut short: the header, the armor or the payload ends too early. */
  | 'truncated'
  /** It fails its authentication: changed on the way, or cut inside the payload. */
  | 'damaged'
  /** A passphrase file, and the passphrase does not open it. */
  | 'wrongPassphrase'
  /** Encrypted to public keys, and hers is not one of them. */
  | 'notForYou'
  /** A passphrase file, and she offered only her key. */
  | 'needsPassphrase'
  /** A file for a key, and she offered only a passphrase. */
  | 'needsKey'
  /** The public key she typed is not an `age1…` key, or one character of it is wrong. */
  | 'badRecipient'
  /** A passphrase file made with a scrypt work factor above `MAX_SCRYPT_LOG_N`. */
  | 'tooHeavy';

/** An expected failure of the age layer, with its reason code. */
export class AgeError extends Error {
  readonly code: AgeErrorCode;
  constructor(code: AgeErrorCode, cause?: unknown) {
    super(`age: ${code}`, { cause });
    this.name = 'AgeError';
    this.code = code;
  }
}

const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
const ARMOR_END = '-----END AGE ENCRYPTED FILE-----';
const MAGIC = 'age-encryption.org/';
/**
 * Encrypts `plaintext` to a passphrase, at `SCRYPT_LOG_N`, in its normalised form
 * (`normalizePassphrase`: digits of any script as 0–9, so `age -d` opens it with 0–9 typed).
 * Returns the binary age file.
 */
export async function encryptToPassphrase(plaintext: string, passphrase: string): Promise<Uint8Array> {
  const e = new Encrypter();
  e.setScryptWorkFactor(SCRYPT_LOG_N);
  e.setPassphrase(normalizePassphrase(passphrase));
  return e.encrypt(plaintext);
}

/**
 * Encrypts `plaintext` to an `age1…` public key. Throws AgeError "badRecipient" for anything else,
 * including a key whose checksum fails (a mistyped character).
 */
export async function encryptToRecipient(plaintext: string, recipient: string): Promise<Uint8Array> {
  const key = recipient.trim();
  if (!isAgeRecipient(key)) throw new AgeError('badRecipient');
  const e = new Encrypter();
  try {
    e.addRecipient(key);
  } catch (error) {
    throw new AgeError('badRecipient', error);
  }
  return e.encrypt(plaintext);
}

/** ASCII armor (PEM-like text) for pasting into a messenger. */
export function toArmor(file: Uint8Array): string {
  return armor.encode(file);
}

/**
 * The binary age file in `input`: bytes as they are, or armored text (pasted, perhaps re-wrapped
 * or with stray spaces by a messenger, perhaps with words around it such as "here it is:").
 * Throws AgeError "notAgeFile", "truncated" or "damaged".
 */
export function readAgeInput(input: Uint8Array | string): Uint8Array {
  const head = (
    typeof input === 'string'
      ? input
      : new TextDecoder('utf-8', { fatal: false }).decode(input.subarray(0, 64))
  ).trimStart();
  if (typeof input !== 'string' && head.startsWith(MAGIC)) return input;
  const full = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input);
  const begin = full.indexOf(ARMOR_BEGIN);
  if (begin < 0) {
    // A partial first line is a cut file, not something else.
    if (head.length > 0 && (MAGIC.startsWith(head) || ARMOR_BEGIN.startsWith(head))) {
      throw new AgeError('truncated');
    }
    throw new AgeError('notAgeFile');
  }
  const start = begin + ARMOR_BEGIN.length;
  const end = full.indexOf(ARMOR_END, start);
  if (end < 0) throw new AgeError('truncated');
  const body = full.slice(start, end).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new AgeError('damaged');
  const lines = body.match(/.{1,64}/g) ?? [];
  try {
    return armor.decode(`${ARMOR_BEGIN}\n${lines.join('\n')}\n${ARMOR_END}\n`);
  } catch (error) {
    throw new AgeError('damaged', error);
  }
}

/** The stanza types in the file's header (`scrypt`, `X25519`…), read without any key. */
function stanzaTypes(file: Uint8Array): string[] {
  const header = new TextDecoder('utf-8', { fatal: false }).decode(file.subarray(0, 4096));
  return [...header.matchAll(/^-> (\S+)/gm)].map((m) => m[1] ?? '');
}

/**
 * The scrypt work factor (log2 N) a passphrase file asks for, read from its header without any
 * key; undefined for a file without a scrypt stanza.
 */
export function scryptLogN(file: Uint8Array): number | undefined {
  const header = new TextDecoder('utf-8', { fatal: false }).decode(file.subarray(0, 4096));
  const match = /^-> scrypt \S+ (\d+)\s*$/m.exec(header);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function hasHeaderEnd(file: Uint8Array): boolean {
  return new TextDecoder('utf-8', { fatal: false }).decode(file.subarray(0, 8192)).includes('\n--- ');
}

/** What opens a file: her passphrase, her identities (`AGE-SECRET-KEY-1…`), or both. */
export interface AgeKeys {
  passphrase?: string;
  identity?: string;
  /** More identities to try (every one stored on this phone). */
  identities?: readonly string[];
}

function identitiesOf(keys: AgeKeys): string[] {
  return [...(keys.identity ? [keys.identity] : []), ...(keys.identities ?? [])];
}

/**
 * Decrypts an age file (binary or armored) and returns its text. Throws AgeError with a reason
 * code for every expected failure ("tooHeavy" before any work, for a passphrase file whose scrypt
 * work factor is above `MAX_SCRYPT_LOG_N`); nothing else is thrown for bad input.
 */
export async function decryptToText(input: Uint8Array | string, keys: AgeKeys): Promise<string> {
  const file = readAgeInput(input);
  const logN = scryptLogN(file);
  if (logN !== undefined && logN > MAX_SCRYPT_LOG_N) throw new AgeError('tooHeavy');
  const d = new Decrypter();
  // The forms she may have meant, tried in order (each costs one scrypt; usually there is one).
  for (const passphrase of passphraseCandidates(keys.passphrase ?? '')) d.addPassphrase(passphrase);
  for (const identity of identitiesOf(keys)) d.addIdentity(identity);
  try {
    return await d.decrypt(file, 'text');
  } catch (error) {
    throw toAgeError(error, file, keys);
  }
}

/** The one place where the library's errors become reason codes. */
export function toAgeError(error: unknown, file: Uint8Array, keys: AgeKeys): AgeError {
  if (error instanceof AgeError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/stream ended|too small|size is invalid/.test(message)) return new AgeError('truncated', error);
  if (/invalid version/.test(message)) return new AgeError('notAgeFile', error);
  // A header without its closing MAC line was cut short.
  if (!hasHeaderEnd(file)) return new AgeError('truncated', error);
  if (/no identity matched/.test(message)) {
    const types = stanzaTypes(file);
    const isPassphraseFile = types.includes('scrypt');
    if (isPassphraseFile) return new AgeError(keys.passphrase ? 'wrongPassphrase' : 'needsPassphrase', error);
    if (identitiesOf(keys).length === 0) return new AgeError('needsKey', error);
    return new AgeError('notForYou', error);
  }
  // A failed MAC or tag, a malformed stanza, a bad UTF-8 payload: the file was changed.
  return new AgeError('damaged', error);
}

/** A new identity to receive summaries: the secret (`AGE-SECRET-KEY-1…`) and its public key. */
export async function newIdentity(): Promise<{ identity: string; recipient: string }> {
  // Classic X25519 (not the post-quantum hybrid): the `age` 1.1 command-line tool reads it.
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}
