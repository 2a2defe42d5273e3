/**
 * `npm run i18n:export -- LANG [--out DIR] [--battery indicators/FILE.json]`: writes two PO files
 * for translators — the app's words (`ui.po`) and the current battery's texts — with the English,
 * where each text appears, and notes on tone. Existing translations are filled in, so the same
 * command serves a review. Default folder: `translations/LANG/` (not kept in git).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCatalog } from './i18n/catalog.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const lang = args.find((a, i) => !a.startsWith('--') && !['--out', '--battery'].includes(args[i - 1] ?? ''));
if (!lang) {
  console.error('usage: npm run i18n:export -- LANG [--out DIR] [--battery indicators/FILE.json]');
  process.exit(2);
}

/** The newest version of the core battery, unless one is named. */
function currentBattery(): string {
  const versions = readdirSync('indicators')
    .map((f) => /^shn-core-(\d+)\.(\d+)\.(\d+)\.json$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort(
      (a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]) || Number(a[3]) - Number(b[3]),
    );
  const newest = versions.at(-1);
  if (!newest) throw new Error('no battery in indicators/');
  return `indicators/${newest[0]}`;
}

try {
  const battery = option('--battery') ?? currentBattery();
  const out = option('--out') ?? join('translations', lang);
  mkdirSync(out, { recursive: true });
  const uiFile = join(out, 'ui.po');
  writeFileSync(uiFile, exportCatalog('.', { kind: 'ui' }, lang));
  const batteryFile = join(out, `${battery.replace(/^indicators\//, '').replace(/\.json$/, '')}.po`);
  writeFileSync(batteryFile, exportCatalog('.', { kind: 'battery', file: battery }, lang));
  console.log(
    `Written:\n  ${uiFile}\n  ${batteryFile}\nTranslate them, then: npm run i18n:import -- FILE.po`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
