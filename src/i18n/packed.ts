/**
 * Locale files as the build stores them (vite.config.ts `packLocales`): gzip-compressed and
 * base64-encoded text, about a third of the room in the offline cache, unpacked on the phone
 * with the browser's DecompressionStream. In development and tests the text arrives as it is.
 */
export const GZIP_PREFIX = 'shn-gzip-base64:';

export async function unpackGzipText(text: string): Promise<string> {
  if (!text.startsWith(GZIP_PREFIX)) return text;
  const binary = atob(text.slice(GZIP_PREFIX.length));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
