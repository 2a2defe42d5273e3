/**
 * `npm run validate:indicators -- FILE [--lang es]`: checks a battery file and prints every problem
 * with its path, in plain words. Exit 0 when valid, 1 on any problem, 2 when the file can't be read.
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { parseBatteryText } from '../src/domain/index.ts';
import { formatBatteryReport } from '../src/i18n/batteryReport.ts';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? (args[langAt + 1] ?? 'en') : 'en';
const file = args.find((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1));
if (!file) {
  console.error('usage: npm run validate:indicators -- FILE [--lang en|es|fr|ar]');
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const strings = JSON.parse(
  readFileSync(new URL(`../locales/${lang}/battery.json`, import.meta.url), 'utf8'),
) as object;
await i18next.init({
  lng: lang,
  resources: { [lang]: { battery: strings } },
  interpolation: { escapeValue: false },
});

const result = parseBatteryText(text);
let source: unknown;
try {
  source = JSON.parse(text);
} catch {
  source = undefined;
}
const lines = formatBatteryReport(result.ok ? [] : result.issues, source, i18next.t);
console.log(`${file}:`);
for (const line of lines) console.log(line);
if (result.ok) {
  const b = result.battery;
  console.log(
    `${b.id} ${b.version}: ${b.indicators.length} indicators, ${b.actions.length} actions, ${b.routines.length} routines, languages ${b.languages.join(', ')}`,
  );
}
process.exit(result.ok ? 0 : 1);
