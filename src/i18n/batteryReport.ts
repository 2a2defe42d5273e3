/**
 * Battery problems in words, for a trainer who edited a file by hand: where (with the id of the
 * item, when it has one) and what is wrong. Used by `npm run validate:indicators` and the app.
 */
import type { TFunction } from 'i18next';
import type { BatteryIssue, SupportIssue } from '../domain/index.ts';

/** A problem in a battery or a support file: both are reported the same way. */
type Issue = BatteryIssue | SupportIssue;

/** `indicators[12] (pol.smear).question`: the path, naming items by id where the file has one. */
export function describePath(path: Issue['path'], source: unknown, rootWord: string): string {
  if (path.length === 0) return rootWord;
  let node: unknown = source;
  let out = '';
  for (const part of path) {
    const next =
      node !== null && typeof node === 'object'
        ? (node as Record<string | number, unknown>)[part]
        : undefined;
    if (typeof part === 'number') {
      const id =
        next !== null && typeof next === 'object' && typeof (next as { id?: unknown }).id === 'string'
          ? ` (${(next as { id: string }).id})`
          : '';
      out += `[${part}]${id}`;
    } else {
      out += out ? `.${part}` : part;
    }
    node = next;
  }
  return out;
}

export function formatBatteryIssue(issue: Issue, source: unknown, t: TFunction): string {
  return t('battery:report.at', {
    path: describePath(issue.path, source, t('battery:report.root')),
    message: t(`battery:issue.${issue.code}`, {
      ...issue.params,
      // The kind of thing referred to ("indicator", "scale"…) in her language, not as a code word.
      ...(typeof issue.params.kind === 'string' ? { kind: t(`battery:kind.${issue.params.kind}`) } : {}),
    }),
  });
}

/** The whole report: a count line, then one line per problem. */
export function formatBatteryReport(issues: Issue[], source: unknown, t: TFunction): string[] {
  if (issues.length === 0) return [t('battery:report.ok')];
  return [
    t('battery:report.problems', { count: issues.length }),
    ...issues.map((i) => `- ${formatBatteryIssue(i, source, t)}`),
  ];
}
