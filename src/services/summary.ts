/**
 * Opening a summary someone sent: with the passphrase she was given, and with every key stored on
 * this phone (an older key from a restored backup still opens what was locked for it).
 */
import { parseSummary, type Summary } from '../domain/index.ts';
import { decryptToText } from '../crypto/age.ts';
import { listIdentities } from '../storage/identities.ts';

/** Decrypts and reads a summary. Throws AgeError, DocumentError or StorageError. */
export async function openSummary(input: Uint8Array | string, passphrase: string): Promise<Summary> {
  const identities = (await listIdentities()).map((i) => i.identity);
  const text = await decryptToText(input, {
    ...(passphrase.trim() ? { passphrase: passphrase.trim() } : {}),
    identities,
  });
  return parseSummary(text);
}
