// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PACK_PREFIX, TEXT_MARK, expandPack, unpackText } from '../../src/services/packedText.ts';
import { buildPack, packBytes } from '../../scripts/packBatteries.ts';
import { parseBatteryText } from '../../src/domain/index.ts';

const shipped = Object.fromEntries(
  readdirSync('indicators')
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(`indicators/${f}`, 'utf8')) as unknown]),
);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the battery pack (the build stores every shipped battery in one pack, each text once)', () => {
  it('passes plain text through unchanged', async () => {
    expect(await unpackText('{"a":1}')).toBe('{"a":1}');
  });

  it('gives back every shipped file exactly, every language intact, each text stored once', async () => {
    const bytes = packBytes(shipped);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response(new Uint8Array(bytes)));
    });
    for (const [key, json] of Object.entries(shipped)) {
      const text = await unpackText(`${PACK_PREFIX}${key}@https://app.example/assets/batteries-x.bin`);
      expect(JSON.parse(text)).toEqual(json);
      expect(parseBatteryText(text).ok).toBe(true);
    }
    expect(fetched).toEqual(['https://app.example/assets/batteries-x.bin']); // fetched once, kept
    const pack = buildPack(shipped);
    expect(new Set(pack.texts).size).toBe(pack.texts.length);
    const separately = Object.values(shipped).reduce<number>(
      (sum, json) => sum + packBytes({ one: json }).length,
      0,
    );
    expect(bytes.length).toBeLessThan(separately);
  });

  it('refuses a damaged pack rather than returning part of it', async () => {
    const bytes = packBytes(shipped);
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(new Uint8Array(bytes.subarray(0, bytes.length / 2)))),
    );
    await expect(
      unpackText(`${PACK_PREFIX}shn-core-1.0.0@https://app.example/damaged.bin`),
    ).rejects.toThrow();
    expect(() => expandPack({ texts: [], files: { a: `${TEXT_MARK}3` } }, 'a')).toThrow();
    expect(() => buildPack({ a: { t: `${TEXT_MARK}sneaky text here` } })).toThrow();
  });
});
