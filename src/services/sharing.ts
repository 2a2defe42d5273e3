/**
 * What every file she locks has in common, a summary or a backup: a passphrase the app suggests,
 * a contact's key checked as she types it, and the armored text a messenger can carry.
 */
export { suggestPassphrase } from './passphrases.ts';
export { isAgeRecipient } from '../crypto/recipient.ts';
/** The age file as ASCII armor (PEM-like text), for pasting into a messenger. */
export { toArmor as armor } from '../crypto/age.ts';
