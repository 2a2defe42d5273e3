/**
 * The shipped support directory (indicators/support/): it passes the checks with every entry
 * confirmed (a page and a day), its texts are in every language the app ships, and what it says
 * fits each urgent situation names guidance blocks that exist in the current battery.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseBatteryText, parseSupportText, SERVICE_KINDS } from '../../src/domain/index.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';

const files = readdirSync('indicators/support').filter((f) => f.endsWith('.json'));
const battery = parseBatteryText(readFileSync('indicators/shn-core-2.0.0.json', 'utf8'));

it('has a directory file', () => {
  expect(files.length).toBeGreaterThan(0);
});

it.each(files)('%s passes the checks, every entry with the page that confirms it', (file) => {
  const parsed = parseSupportText(readFileSync(`indicators/support/${file}`, 'utf8'), {
    requireSources: true,
  });
  expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  if (!parsed.ok) return;
  const d = parsed.directory;
  expect(file).toBe(`${d.id}-${d.version}.json`);
  expect([...d.languages].sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  for (const entry of d.entries) {
    for (const source of entry.sources ?? []) {
      // Honest about how it was checked: a stored copy must be read live again before a release.
      expect(['live', 'stored-copy']).toContain(source.method);
      // The page is the organisation's own: every web way to reach it is on a site it names.
      expect(source.url.startsWith('https://')).toBe(true);
    }
    const hosts = new Set((entry.sources ?? []).map((s) => new URL(s.url).hostname));
    for (const channel of entry.channels.filter((c) => c.kind === 'web')) {
      expect(hosts).toContain(new URL(channel.value).hostname);
    }
  }
});

it('maps only guidance blocks of the current battery, to kinds some entry offers', () => {
  expect(battery.ok).toBe(true);
  if (!battery.ok) return;
  const blocks = new Set((battery.battery.guidance ?? []).map((g) => g.id));
  for (const file of files) {
    const parsed = parseSupportText(readFileSync(`indicators/support/${file}`, 'utf8'));
    if (!parsed.ok) throw new Error(file);
    for (const [block, kinds] of Object.entries(parsed.directory.fits ?? {})) {
      expect(blocks).toContain(block);
      for (const kind of kinds) expect(SERVICE_KINDS).toContain(kind);
    }
    // A threat to life finds an emergency line; detention finds legal support.
    const offered = new Set(parsed.directory.entries.flatMap((e) => e.offers));
    expect(parsed.directory.fits?.['g.life']).toContain('emergency-line');
    expect(offered).toContain('emergency-line');
    expect(parsed.directory.fits?.['g.detained']).toContain('legal');
    expect(offered).toContain('legal');
  }
});
