/**
 * Getting an encrypted file to her contact without any server: the system share sheet where the
 * browser can share files, otherwise a download; or armored text on the clipboard.
 * Each of these may hide the app for a moment, so each first asks auto-lock to let that pass.
 */
import { allowBriefLeave } from './autoLock.ts';

function asFile(bytes: Uint8Array, name: string): File {
  return new File([bytes.slice().buffer], name, { type: 'application/octet-stream' });
}

/**
 * Whether this browser can hand this very file to the system share sheet. Chrome on Android
 * shares only files of some types, and `.age` (application/octet-stream) may not be one of them:
 * asking with the real file is the only honest test.
 */
export function canShareFile(bytes: Uint8Array, name: string): boolean {
  try {
    return typeof navigator.canShare === 'function' && navigator.canShare({ files: [asFile(bytes, name)] });
  } catch {
    return false;
  }
}

/** Whether this browser can hand text to the system share sheet. */
export function canShareText(): boolean {
  try {
    if (typeof navigator.share !== 'function') return false;
    return typeof navigator.canShare !== 'function' || navigator.canShare({ text: 'x' });
  } catch {
    return false;
  }
}

/**
 * Opens the share sheet with `data`. Resolves false if she closed it without sharing; rejects
 * for any other failure (the caller offers the download instead).
 */
async function share(data: ShareData): Promise<boolean> {
  allowBriefLeave();
  try {
    await navigator.share(data);
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return false;
    throw error;
  }
}

/** Opens the share sheet with the file. Resolves false if she closed it without sharing. */
export function shareFile(bytes: Uint8Array, name: string): Promise<boolean> {
  return share({ files: [asFile(bytes, name)] });
}

/** Opens the share sheet with text (the armored file). Resolves false if she closed it. */
export function shareText(text: string): Promise<boolean> {
  return share({ text });
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
