/**
 * `npm run i18n:import -- FILE.po [FILE.po …]`: checks each translated PO file against the current
 * English and writes its language back into `locales/LANG/*.json` or the battery file. A file with
 * any problem is refused with every problem listed, and nothing is changed (exit 1).
 */
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { importCatalog } from './i18n/catalog.ts';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run i18n:import -- FILE.po [FILE.po …]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    failed = true;
    continue;
  }
  const result = importCatalog('.', text);
  if (result.problems.length > 0) {
    console.error(`${file}: refused, nothing changed. ${result.problems.length} problem(s):`);
    for (const p of result.problems) console.error(`  - ${p.context}: ${p.message}`);
    failed = true;
    continue;
  }
  // Every file is written beside itself first, then moved into place.
  for (const [path, content] of result.files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, content);
  }
  for (const path of result.files.keys()) renameSync(`${path}.tmp`, path);
  const changed = [...result.files.keys()];
  console.log(
    `${file}: ${result.translated} text(s) in "${result.lang}"; ` +
      (changed.length ? `written: ${changed.join(', ')}` : 'nothing changed'),
  );
}
process.exit(failed ? 1 : 0);
