/**
 * Her own age identity, to receive summaries: the secret key stays sealed on this phone, the
 * public key (`age1…`) is what she gives to the people she supports.
 */
import { newIdentity } from '../crypto/age.ts';
import { saveIdentity, type AgeIdentity } from '../storage/identities.ts';

export type { AgeIdentity };
/** Her identity (the newest), or undefined before she makes one. Throws StorageError. */
export { getIdentity } from '../storage/identities.ts';

/** Makes a new identity and stores it sealed; returns it. Throws StorageError. */
export async function makeIdentity(): Promise<AgeIdentity> {
  return saveIdentity(await newIdentity());
}
