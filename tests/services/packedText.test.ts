// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACKED_PREFIX, unpackText } from '../../src/services/packedText.ts';
import { parseBatteryText } from '../../src/domain/index.ts';

describe('packed battery text (the build stores shipped batteries gzip-compressed)', () => {
  it('passes plain text through unchanged', async () => {
    expect(await unpackText('{"a":1}')).toBe('{"a":1}');
  });

  it('unpacks what the build packs, every language intact', async () => {
    const text = readFileSync('indicators/shn-core-1.0.0.json', 'utf8');
    const packed = PACKED_PREFIX + gzipSync(text, { level: 9 }).toString('base64');
    expect(packed.length).toBeLessThan(text.length / 2);
    const unpacked = await unpackText(packed);
    expect(unpacked).toBe(text);
    const parsed = parseBatteryText(unpacked);
    expect(parsed.ok).toBe(true);
  });

  it('refuses damaged packed text rather than returning part of it', async () => {
    const packed = gzipSync('{"a":"' + 'x'.repeat(5000) + '"}').toString('base64');
    await expect(unpackText(PACKED_PREFIX + packed.slice(0, packed.length / 2))).rejects.toThrow();
  });
});
