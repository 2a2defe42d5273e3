/** The group-picture code: it round-trips, and anything changed, mistyped or foreign is refused. */
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import {
  COUNT_KEYS,
  CATEGORY_IDS,
  countLevels,
  decodeGroupCode,
  groupCodeOf,
  groupedCode,
  qrText,
  typedCode,
  TYPED_LENGTH,
  type GroupCode,
  type GroupLevel,
} from '../../src/domain/index.ts';

const SET = { id: 'shn-core', version: '2.0.0' };
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const levelArb: fc.Arbitrary<GroupLevel> = fc.constantFrom(
  ...COUNT_KEYS.map((k) => {
    const [level, kind] = k.split('.') as [GroupLevel['level'], GroupLevel['kind']?];
    return kind ? { level, kind } : { level };
  }),
);
const codeArb: fc.Arbitrary<GroupCode> = fc.record({
  format: fc.constant(1 as const),
  battery: fc.constant(SET),
  form: fc.constantFrom('short' as const, 'full' as const),
  levels: fc.record(
    Object.fromEntries(CATEGORY_IDS.map((c) => [c, levelArb])) as Record<
      (typeof CATEGORY_IDS)[number],
      fc.Arbitrary<GroupLevel>
    >,
  ),
  nonce: fc.string({
    unit: fc.constantFrom(...Array.from({ length: 32 }, (_, i) => ALPHABET.charAt(i))),
    minLength: 5,
    maxLength: 5,
  }),
});

describe('group code', () => {
  test.prop([codeArb])('round-trips through the QR text and the typed code (grouped, lower case)', (code) => {
    const fromQr = decodeGroupCode(qrText(code), SET);
    expect(fromQr).toEqual({ ok: true, code, key: typedCode(code) });
    const fromTyped = decodeGroupCode(groupedCode(typedCode(code)).toLowerCase(), SET);
    expect(fromTyped).toEqual({ ok: true, code, key: typedCode(code) });
    expect(typedCode(code)).toHaveLength(TYPED_LENGTH);
  });

  test.prop([codeArb, fc.nat(), fc.nat()])('refuses any one symbol changed', (code, at, by) => {
    const typed = typedCode(code);
    const i = at % typed.length;
    const other = ALPHABET[(ALPHABET.indexOf(typed[i]!) + 1 + (by % 31)) % 32]!;
    const changed = typed.slice(0, i) + other + typed.slice(i + 1);
    expect(decodeGroupCode(changed, SET)).toMatchObject({ ok: false });
    expect(decodeGroupCode(`SHNG1:shn-core@2.0.0:${changed}`, SET)).toMatchObject({
      ok: false,
      problem: 'changed',
    });
  });

  // Luhn mod 32 catches every swap of neighbours but one: 0 and Z (as mod 10 misses 09 and 90).
  test.prop([codeArb, fc.nat()])('refuses two neighbours swapped (but for 0 and Z)', (code, at) => {
    const typed = typedCode(code);
    const i = at % (typed.length - 1);
    fc.pre(
      typed[i] !== typed[i + 1] &&
        `${typed[i]}${typed[i + 1]}` !== '0Z' &&
        `${typed[i]}${typed[i + 1]}` !== 'Z0',
    );
    const swapped = typed.slice(0, i) + typed[i + 1]! + typed[i]! + typed.slice(i + 2);
    expect(decodeGroupCode(swapped, SET)).toMatchObject({ ok: false });
  });

  it('says what is wrong: not ours, another question set, a newer format, a changed level', () => {
    const code = groupCodeOf(
      SET,
      'short',
      [{ category: 'physical', level: 'high', kind: 'threats' }],
      'ABCDE',
    );
    expect(code.levels.physical).toEqual({ level: 'high', kind: 'threats' });
    expect(code.levels.emotional).toEqual({ level: 'insufficient' });
    expect(decodeGroupCode('https://example.org/', SET)).toEqual({ ok: false, problem: 'notOurs' });
    expect(decodeGroupCode('hello', SET)).toEqual({ ok: false, problem: 'notOurs' });
    const other = { id: 'our-network', version: '1.0.0' };
    expect(decodeGroupCode(qrText({ ...code, battery: other }), SET)).toEqual({
      ok: false,
      problem: 'otherBattery',
      battery: other,
    });
    expect(decodeGroupCode(typedCode({ ...code, battery: other }), SET)).toEqual({
      ok: false,
      problem: 'otherBattery',
    });
    expect(decodeGroupCode(qrText(code).replace('SHNG1', 'SHNG2'), SET)).toEqual({
      ok: false,
      problem: 'newerFormat',
    });
    // The set named in the clear changed, the code itself intact: refused.
    expect(decodeGroupCode(qrText(code).replace('2.0.0', '2.0.1'), SET)).toMatchObject({
      ok: false,
      problem: 'changed',
    });
  });

  it('counts each level with its kind', () => {
    const a = groupCodeOf(SET, 'short', [{ category: 'physical', level: 'high', kind: 'threats' }], 'AAAAA');
    const b = groupCodeOf(SET, 'full', [{ category: 'physical', level: 'low' }], 'BBBBB');
    const counts = countLevels([a, b]);
    expect(counts.physical['high.threats']).toBe(1);
    expect(counts.physical.low).toBe(1);
    expect(counts.emotional.insufficient).toBe(2);
  });
});
