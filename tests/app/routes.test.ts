/** The one route table: what a saved route (`history.state`) may hold. */
import { describe, expect, it } from 'vitest';
import { parseRoute, routes } from '../../src/app/routes.ts';

describe('parseRoute', () => {
  it('accepts every screen of the table', () => {
    for (const name of Object.keys(routes)) {
      const withParams = name === 'assessment' || name === 'results' ? { name, id: 'a1' } : { name };
      expect(parseRoute(withParams), name).toEqual(withParams);
    }
  });

  it('refuses what is not a screen, or a screen without its parameters', () => {
    for (const saved of [
      null,
      'home',
      {},
      { name: 'nowhere' },
      { name: 'toString' },
      { name: 'results' },
      { name: 'results', id: 7 },
      { name: 'practice', battery: 3 },
    ]) {
      expect(parseRoute(saved), JSON.stringify(saved)).toBeUndefined();
    }
  });

  it('keeps only the parameters a screen takes', () => {
    expect(parseRoute({ name: 'home', id: 'x', answers: { a: 1 } })).toEqual({ name: 'home' });
    expect(parseRoute({ name: 'practice', battery: 'shn-core@1.0.0', id: 'x' })).toEqual({
      name: 'practice',
      battery: 'shn-core@1.0.0',
    });
  });
});
