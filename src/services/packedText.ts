/**
 * Text the build stores gzip-compressed (vite.config.ts `packBatteries`): the shipped battery
 * files carry every language and would be the largest file of the offline cache; packed they take
 * about 40% of the room (DESIGN.md §9). In development and tests the text arrives as it is.
 */
export const PACKED_PREFIX = 'shn-gzip-base64:';

/** The text itself, unpacking it on the phone when the build packed it. */
export async function unpackText(text: string): Promise<string> {
  if (!text.startsWith(PACKED_PREFIX)) return text;
  const binary = atob(text.slice(PACKED_PREFIX.length));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
