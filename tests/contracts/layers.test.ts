/**
 * The layers are enforced, not hoped for (issue 13): a deliberate violation in each layer fails
 * `npm run lint`, and what each layer may import still passes. Each case lints a small source text
 * as if it were a file of that layer, with the project's own ESLint configuration.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

// The cases are texts, not files of the project: lint them without type information (the layer
// rules need none).
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const refused: [layer: string, file: string, code: string, rule: string][] = [
  [
    'domain → Dexie',
    'src/domain/bad.ts',
    "import { Dexie } from 'dexie';\nexport const d = Dexie;",
    'layers/imports',
  ],
  [
    'domain → age',
    'src/domain/bad.ts',
    "import * as age from 'age-encryption';\nexport const a = age;",
    'layers/imports',
  ],
  ['domain → storage', 'src/domain/bad.ts', "export { database } from '../storage/db.ts';", 'layers/imports'],
  [
    'domain → React',
    'src/domain/bad.ts',
    "import { useState } from 'react';\nexport const u = useState;",
    'layers/imports',
  ],
  [
    'domain uses document',
    'src/domain/bad.ts',
    'export const title = () => document.title;',
    'no-restricted-globals',
  ],
  [
    'domain uses window',
    'src/domain/bad.ts',
    'export const w = () => window.innerWidth;',
    'no-restricted-globals',
  ],
  [
    'domain uses indexedDB',
    'src/domain/bad.ts',
    "export const o = () => indexedDB.open('x');",
    'no-restricted-globals',
  ],
  ['crypto → storage', 'src/crypto/bad.ts', "export { database } from '../storage/db.ts';", 'layers/imports'],
  [
    'crypto → UI',
    'src/crypto/bad.ts',
    "export { ErrorMessage } from '../ui/ErrorMessage.tsx';",
    'layers/imports',
  ],
  ['storage → UI', 'src/storage/bad.ts', "export { useAsync } from '../ui/useAsync.ts';", 'layers/imports'],
  [
    'storage → services',
    'src/storage/bad.ts',
    "export { loadResult } from '../services/results.ts';",
    'layers/imports',
  ],
  [
    'storage → React',
    'src/storage/bad.ts',
    "import { useState } from 'react';\nexport const u = useState;",
    'layers/imports',
  ],
  [
    'services → React',
    'src/services/bad.ts',
    "import { useState } from 'react';\nexport const u = useState;",
    'layers/imports',
  ],
  ['services → UI', 'src/services/bad.ts', "export { useAsync } from '../ui/useAsync.ts';", 'layers/imports'],
  [
    'services → a screen',
    'src/services/bad.ts',
    "export { PlanPage } from '../features/plan/index.ts';",
    'layers/imports',
  ],
  ['ui → storage', 'src/ui/Bad.tsx', "export { listPlan } from '../storage/plan.ts';", 'layers/imports'],
  ['ui → crypto', 'src/ui/Bad.tsx', "export { toArmor } from '../crypto/age.ts';", 'layers/imports'],
  [
    'ui → a screen',
    'src/ui/Bad.tsx',
    "export { PlanPage } from '../features/plan/index.ts';",
    'layers/imports',
  ],
  ['ui → the shell', 'src/ui/Bad.tsx', "export { routes } from '../app/routes.ts';", 'layers/imports'],
  [
    'feature → another feature',
    'src/features/plan/Bad.tsx',
    "export { ResultsPage } from '../results/index.ts';",
    'layers/imports',
  ],
  [
    'feature → storage',
    'src/features/plan/Bad.tsx',
    "export { listPlan } from '../../storage/plan.ts';",
    'layers/imports',
  ],
  [
    'feature → crypto',
    'src/features/share/Bad.tsx',
    "export { toArmor } from '../../crypto/age.ts';",
    'layers/imports',
  ],
  [
    'feature → the shell',
    'src/features/plan/Bad.tsx',
    "export { routes } from '../../app/routes.ts';",
    'layers/imports',
  ],
  [
    'feature → a domain file',
    'src/features/plan/Bad.tsx',
    "export { score } from '../../domain/scoring.ts';",
    'layers/imports',
  ],
  [
    'shell → a screen file',
    'src/app/Bad.tsx',
    "export { default } from '../features/plan/PlanPage.tsx';",
    'layers/imports',
  ],
  [
    'services reload the page',
    'src/services/bad.ts',
    'export const restart = () => location.reload();',
    'no-restricted-globals',
  ],
  ['shell → storage', 'src/app/Bad.tsx', "export { lock } from '../storage/vault.ts';", 'layers/imports'],
  [
    'a lazy import() from a screen',
    'src/features/home/Bad.tsx',
    "export const load = () => import('../../storage/plan.ts');",
    'layers/imports',
  ],
  [
    'a lazy import() in the kit',
    'src/ui/Bad.tsx',
    "export const load = () => import('../features/plan/index.ts');",
    'layers/imports',
  ],
  [
    'i18n → storage',
    'src/i18n/bad.ts',
    "export { getSettings } from '../storage/settings.ts';",
    'layers/imports',
  ],
];

const allowed: [layer: string, file: string, code: string][] = [
  [
    'domain → zod and itself',
    'src/domain/ok.ts',
    "import * as z from 'zod/mini';\nimport { score } from './scoring.ts';\nexport const s = [z, score];",
  ],
  ['crypto → age', 'src/crypto/ok.ts', "export { Encrypter } from 'age-encryption';"],
  [
    'storage → domain and crypto',
    'src/storage/ok.ts',
    "export { score } from '../domain/index.ts';\nexport { seal } from '../crypto/envelope.ts';",
  ],
  ['services → storage', 'src/services/ok.ts', "export { listPlan } from '../storage/plan.ts';"],
  ['ui → services', 'src/ui/Ok.tsx', "export { loadResult } from '../services/results.ts';"],
  [
    'feature → kit, services, domain',
    'src/features/plan/Ok.tsx',
    "export { Pending } from '../../ui/Pending.tsx';\nexport { loadPlanData } from '../../services/plan.ts';\nexport { score } from '../../domain/index.ts';",
  ],
  ['shell → a feature index', 'src/app/Ok.tsx', "export { PlanPage } from '../features/plan/index.ts';"],
];

describe('layer rules', () => {
  it.each(refused)('refuses %s', async (_layer, file, code, rule) => {
    expect(await problems(file, code)).toContain(rule);
  });

  it.each(allowed)('allows %s', async (_layer, file, code) => {
    const found = await problems(file, code);
    expect(found.filter((r) => r === 'layers/imports' || r === 'no-restricted-globals')).toEqual([]);
  });
});

describe('text fields', () => {
  it('refuses a field without autoComplete (the browser could keep what she types on disk)', async () => {
    const code = 'export const Note = () => <textarea value="x" readOnly />;';
    expect(await problems('src/features/plan/Bad.tsx', code)).toContain('no-restricted-syntax');
  });

  it('allows a field that opts out, and radio buttons, checkboxes and file pickers', async () => {
    const code = [
      'export const A = () => <textarea autoComplete="off" value="x" readOnly />;',
      'export const B = () => <input type="checkbox" readOnly checked />;',
      'export const C = () => <input type="file" />;',
    ].join('\n');
    expect(await problems('src/features/plan/Ok.tsx', code)).not.toContain('no-restricted-syntax');
  });
});
