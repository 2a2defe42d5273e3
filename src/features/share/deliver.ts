/**
 * Getting an encrypted file to her contact without any server: the system share sheet where the
 * browser can share files, otherwise a download; or armored text on the clipboard.
 * Each of these may hide the app for a moment, so each first asks auto-lock to let that pass.
 */
import { allowBriefLeave } from '../../app/useAutoLock.ts';

/** Whether this browser can hand a file to the system share sheet. */
export function canShareFiles(): boolean {
  try {
    const probe = new File([new Uint8Array(1)], 'probe.age', { type: 'application/octet-stream' });
    return typeof navigator.canShare === 'function' && navigator.canShare({ files: [probe] });
  } catch {
    return false;
  }
}

function asFile(bytes: Uint8Array, name: string): File {
  return new File([bytes.slice().buffer], name, { type: 'application/octet-stream' });
}

/** Opens the share sheet with the file. Resolves false if she closed it without sharing. */
export async function shareFile(bytes: Uint8Array, name: string): Promise<boolean> {
  allowBriefLeave();
  try {
    await navigator.share({ files: [asFile(bytes, name)] });
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return false;
    throw error;
  }
}

/** Saves the file through the browser's download. */
export function downloadFile(bytes: Uint8Array, name: string): void {
  allowBriefLeave();
  const url = URL.createObjectURL(asFile(bytes, name));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copies text; resolves false where the clipboard is not available. */
export async function copyText(text: string): Promise<boolean> {
  allowBriefLeave();
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A file name with the day only: it says what the file is for, and nothing about her. */
export function fileName(kind: 'summary' | 'backup', now = new Date()): string {
  return `${kind}-${now.toISOString().slice(0, 10)}.age`;
}

/** Reads a picked file's bytes. */
export async function readPickedFile(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
