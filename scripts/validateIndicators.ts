/**
 * `npm run validate:indicators -- FILE [--lang es]`: checks a battery file — or a support pack
 * (`"format": "shn-support"`, issue 20) — and prints every problem with its path, in plain words.
 * Exit 0 when valid, 1 on any problem, 2 when the file can't be read. `--shipped` checks a support
 * file as the app's own directory (every entry needs the page that confirms it).
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { parseBatteryText, parseSupportText, SUPPORT_FORMAT } from '../src/domain/index.ts';
import { formatBatteryReport } from '../src/i18n/batteryReport.ts';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? (args[langAt + 1] ?? 'en') : 'en';
const file = args.find((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1));
if (!file) {
  console.error('usage: npm run validate:indicators -- FILE [--lang en|es|fr|ar] [--shipped]');
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

let source: unknown;
try {
  source = JSON.parse(text);
} catch {
  source = undefined;
}
const isSupport =
  source !== null && typeof source === 'object' && (source as { format?: unknown }).format === SUPPORT_FORMAT;

if (isSupport) {
  const result = parseSupportText(text, { requireSources: args.includes('--shipped') });
  console.log(`${file}:`);
  // ("The battery is valid" would name the wrong thing: a valid pack gets its count line only.)
  if (!result.ok) for (const line of formatBatteryReport(result.issues, source, i18next.t)) console.log(line);
  if (result.ok) {
    const d = result.directory;
    console.log(`${d.id} ${d.version}: ${d.entries.length} entries, languages ${d.languages.join(', ')}`);
  }
  process.exit(result.ok ? 0 : 1);
}

const result = parseBatteryText(text);
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
