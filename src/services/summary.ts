/**
 * The summary she sends to a trusted contact (DESIGN.md §7): what she can put in it, the document
 * made of what she ticks, locked with age to a passphrase or to the contact's key; and opening a
 * summary someone sent her, with the passphrase she was given or with every key stored on this
 * phone (an older key from a restored backup still opens what was locked for it).
 */
import {
  buildSummary,
  parseSummary,
  serializeSummary,
  type Summary,
  type Recommendations,
  type SummaryChoices,
  type SummaryPlanAction,
  type SummaryRoutine,
  type SupportDirectory,
} from '../domain/index.ts';
import { decryptToText, encryptToPassphrase, encryptToRecipient } from '../crypto/age.ts';
import { listContacts, saveContact, type Contact } from '../storage/contacts.ts';
import { listIdentities } from '../storage/identities.ts';
import { listPlan } from '../storage/plan.ts';
import { listRoutines } from '../storage/routines.ts';
import { loadLatestResult, type Scored } from './results.ts';
import { listLoadedPacks, loadShippedSupport } from './support.ts';

export type { Contact };

declare const __APP_VERSION__: string;

/** What she can put in a summary, loaded once for the whole of the sharing screen. */
export interface Shareable {
  /** Her latest completed assessment, scored, with what it suggests; undefined when she has none. */
  latest?: Scored & { recommendations: Recommendations };
  contacts: Contact[];
  /** Her plan's actions, as a summary carries them (with her notes: whether they go is her choice). */
  actions: SummaryPlanAction[];
  /** Her kept routines, likewise. */
  routines: SummaryRoutine[];
  /**
   * Who can help (`supportForSummary` picks what fits): the app's directory, and the packs she
   * loaded. Without the directory (it failed to load) she is not offered the choice.
   */
  support: { shipped?: SupportDirectory; packs: SupportDirectory[] };
}

/** The directory and her packs; what cannot be read is left out, never stops her sharing. */
async function loadSupportToShare(): Promise<Shareable['support']> {
  const [shipped, packs] = await Promise.all([
    loadShippedSupport().catch(() => undefined),
    listLoadedPacks().then(
      (loaded) => loaded.packs.map((p) => p.directory),
      () => [],
    ),
  ]);
  return { ...(shipped ? { shipped } : {}), packs };
}

/**
 * Loads her latest completed assessment (decrypted and scored once), her contacts, her plan, and
 * who can help.
 * Throws StorageError, or BatteryLoadError when the assessment's battery can no longer be loaded.
 */
export async function loadShareable(): Promise<Shareable> {
  const [latest, contacts, plan, routines, support] = await Promise.all([
    loadLatestResult(),
    listContacts(),
    listPlan(),
    listRoutines(),
    loadSupportToShare(),
  ]);
  return {
    latest,
    contacts,
    support,
    actions: plan.map((p) => ({
      actionId: p.actionId,
      batteryId: p.batteryId,
      batteryVersion: p.batteryVersion,
      status: p.status,
      note: p.note,
    })),
    routines: routines.map((r) => ({
      routineId: r.routineId,
      batteryId: r.batteryId,
      batteryVersion: r.batteryVersion,
      rhythm: r.rhythm,
      note: r.note,
    })),
  };
}

/** The summary of `scored` holding only what `choices` names, made `now` by this app version. */
export function draftSummary(scored: Scored, choices: SummaryChoices, now = new Date()): Summary {
  const { assessment, result } = scored;
  return buildSummary({
    result,
    choices,
    assessedAt: assessment.completedAt ?? assessment.updatedAt,
    now,
    appVersion: __APP_VERSION__,
  });
}

/**
 * Whom a summary is locked for: whoever knows the passphrase (told another way), or the holder of
 * an `age1…` key. With `rememberFor`, a key that contact did not have yet is saved on her.
 */
export type SummaryLock = { passphrase: string } | { recipient: string; rememberFor?: Contact };

/**
 * Encrypts the summary and returns the binary age file; surrounding spaces are not part of the
 * passphrase or key. Only after it is locked is a new key saved on the contact. Throws AgeError
 * "badRecipient" for a key that is not a valid `age1…` key, or StorageError.
 */
export async function lockSummary({
  document,
  to,
}: {
  document: Summary;
  to: SummaryLock;
}): Promise<Uint8Array> {
  const text = serializeSummary(document);
  if ('passphrase' in to) return encryptToPassphrase(text, to.passphrase.trim());
  const file = await encryptToRecipient(text, to.recipient);
  const key = to.recipient.trim();
  const contact = to.rememberFor;
  if (contact && contact.ageRecipient !== key) await saveContact({ ...contact, ageRecipient: key });
  return file;
}

/** Decrypts and reads a summary. Throws AgeError, DocumentError or StorageError. */
export async function openSummary(input: Uint8Array | string, passphrase: string): Promise<Summary> {
  const identities = (await listIdentities()).map((i) => i.identity);
  const text = await decryptToText(input, {
    ...(passphrase.trim() ? { passphrase: passphrase.trim() } : {}),
    identities,
  });
  return parseSummary(text);
}
