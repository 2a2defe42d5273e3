/**
 * Icons are SVG shipped with the app (src/ui/icons.tsx), never font glyphs: a phone without the
 * glyph (⎙, ✓, ◐…) draws an empty box instead. No symbol from the arrow, technical, geometric,
 * dingbat or emoji blocks appears in the app's code or styles, outside comments.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SYMBOL = /[\u2190-\u21FF\u2300-\u23FF\u2500-\u27BF\u2B00-\u2BFF\u{1F300}-\u{1FAFF}]/u;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(tsx?|css)$/.test(name) ? [path] : [];
  });
}

/** The code without its comments (block comments, and line comments that start a line). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('icons', () => {
  it('are never font glyphs in the app', () => {
    const found = files('src').flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .filter((line) => SYMBOL.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('would catch one', () => {
    expect(SYMBOL.test('<span aria-hidden="true">⎙ </span>')).toBe(true);
    expect(SYMBOL.test("content: '✓';")).toBe(true);
    expect(SYMBOL.test('Summary · made on 2 Mar 2026 — questions 2.0.0')).toBe(false);
  });
});
