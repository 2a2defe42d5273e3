/** `npm run validate:indicators -- FILE`: a report with paths in plain words; exit 1 on any problem. */
import { expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/validateIndicators.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout };
}

it('accepts the shipped battery (exit 0) and reports a broken copy with paths, in the chosen language (exit 1)', () => {
  const ok = run('indicators/shn-core-1.0.0.json');
  expect(ok.code).toBe(0);
  expect(ok.out).toContain('The battery is valid.');

  const broken = JSON.parse(readFileSync('indicators/shn-core-1.0.0.json', 'utf8')) as {
    actions: { triggers: { indicator: string }[] }[];
    indicators: { question: Record<string, string> }[];
  };
  broken.actions[0]!.triggers[0]!.indicator = 'nope.x';
  delete broken.indicators[3]!.question.fr;
  const file = join(mkdtempSync(join(tmpdir(), 'shn-')), 'broken.json');
  writeFileSync(file, JSON.stringify(broken));
  const en = run(file);
  expect(en.code).toBe(1);
  expect(en.out).toContain('2 problems found:');
  expect(en.out).toMatch(
    /actions\[0\] \(act\.[a-z.-]+\)\.triggers\[0\]\.indicator: This points to “nope\.x” \(indicator\)/,
  );
  expect(en.out).toMatch(/indicators\[3\] \([a-z.-]+\)\.question: The text in “fr” is missing\./);
  const es = run(file, '--lang', 'es');
  expect(es.code).toBe(1);
  expect(es.out).toMatch(/nope\.x.*indicador/);

  writeFileSync(file, '{ "format": ');
  expect(run(file).code).toBe(1);
  expect(run('no/such/file.json').code).toBe(2);
});

it('checks a support pack too: the shipped directory passes, a broken pack lists each problem (exit 1)', () => {
  const ok = run('indicators/support/shn-support-1.0.0.json', '--shipped');
  expect(ok.code).toBe(0);
  expect(ok.out).toMatch(/shn-support 1\.0\.0: \d+ entries/);

  const pack = JSON.parse(readFileSync('indicators/support/shn-support-1.0.0.json', 'utf8')) as {
    id: string;
    entries: { channels: { kind: string; value: string }[] }[];
  };
  pack.id = 'local-pack';
  pack.entries[0]!.channels = [
    { kind: 'phone', value: '12 34' },
    { kind: 'web', value: 'data:text/html,hello' },
  ];
  const file = join(mkdtempSync(join(tmpdir(), 'shn-')), 'pack.json');
  writeFileSync(file, JSON.stringify(pack));
  const broken = run(file);
  expect(broken.code).toBe(1);
  expect(broken.out).toMatch(
    /entries\[0\] \(protectdefenders-eu\)\.channels\[0\]\.value: “12 34” is not a phone number/,
  );
  expect(broken.out).toMatch(/channels\[1\]\.value: This link is not allowed \(data\)/);
}, 60_000);
