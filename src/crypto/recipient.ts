/**
 * Checks an age public key (`age1…`) without loading the age library: its form, and its bech32
 * checksum, so one mistyped or missing character is caught where she types or saves the key,
 * not later as a failure to encrypt. Small enough for any screen to import.
 */
import { bech32 } from '@scure/base';

const RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

/** Whether `text` (trimmed) is a classic X25519 age public key with a valid checksum. */
export function isAgeRecipient(text: string): boolean {
  const key = text.trim();
  if (!RECIPIENT.test(key)) return false;
  try {
    const { prefix, words } = bech32.decode(key as `${string}1${string}`);
    return prefix === 'age' && bech32.fromWords(words).length === 32;
  } catch {
    return false;
  }
}
