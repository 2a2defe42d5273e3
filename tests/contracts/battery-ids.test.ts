/**
 * An indicator id keeps its meaning across battery versions (issue 14): where two shipped versions
 * hold the same id, it asks the same question (English text), in the same category and role, with
 * the same answer options — so history can compare it. A question whose meaning changes gets a new
 * id (1.0.0 `phy.threat-life` became `phy.death-threat` when its window and options changed).
 * Wording fixes that keep the meaning are listed here, each with why.
 */
import { describe, expect, it } from 'vitest';
import { scaleOf, type Battery } from '../../src/domain/index.ts';
import { shippedBatteries } from '../helpers/battery.ts';

/** `id@version`: why its English question may differ from an earlier version's. */
const WORDING_FIXES: Record<string, string> = {};

const versions = shippedBatteries().map((f) => f.battery);

function pairs(list: Battery[]): [Battery, Battery][] {
  return list.flatMap((a, i) =>
    list
      .slice(i + 1)
      .filter((b) => b.id === a.id)
      .map((b) => [a, b] as [Battery, Battery]),
  );
}

describe.each(pairs(versions).map(([a, b]) => [`${a.id} ${a.version} → ${b.version}`, a, b] as const))(
  '%s',
  (_name, older, newer) => {
    const shared = older.indicators.filter((i) => newer.indicators.some((j) => j.id === i.id));

    it('shares most questions (ids carry over)', () => {
      expect(shared.length).toBeGreaterThan(30);
    });

    it.each(shared.map((i) => [i.id]))('%s keeps its meaning', (id) => {
      const a = older.indicators.find((i) => i.id === id);
      const b = newer.indicators.find((i) => i.id === id);
      if (!a || !b) throw new Error(id);
      expect(b.category).toBe(a.category);
      expect(b.role).toBe(a.role);
      expect(scaleOf(newer, b).options.map((o) => o.id)).toEqual(scaleOf(older, a).options.map((o) => o.id));
      if (!WORDING_FIXES[`${id}@${newer.version}`]) expect(b.question.en).toBe(a.question.en);
    });

    it('gives a changed question a new id', () => {
      const replaced: Record<string, string> = {
        'emo.cannot-go-on': 'emo.not-want-to-live',
        'phy.threat-life': 'phy.death-threat',
        'phy.threat-sexual': 'phy.sexual-violence',
        'phy.threat-family': 'phy.family-targeted',
        'phy.break-in': 'phy.attack-or-break-in',
        'eco.extortion-damage': 'eco.extortion-theft',
        'pol.named-enemy': 'pol.named-listed',
      };
      if (older.version !== '1.0.0' || newer.version !== '2.0.0') return;
      for (const [before, after] of Object.entries(replaced)) {
        expect(
          newer.indicators.some((i) => i.id === before),
          before,
        ).toBe(false);
        expect(
          newer.indicators.some((i) => i.id === after),
          after,
        ).toBe(true);
      }
    });
  },
);
