import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import {
  EnvelopeError,
  generateDataKey,
  open,
  seal,
  unwrapDataKey,
  wrapDataKey,
} from '../../src/crypto/envelope.ts';

const errorCode = (p: Promise<unknown>) =>
  p.then(
    () => 'none',
    (e: unknown) => (e instanceof EnvelopeError ? e.code : String(e)),
  );

describe('envelope', () => {
  it('opens what it sealed, with the same key and context', async () => {
    const key = await generateDataKey();
    const value = { answers: { 'pol.smear': 'often' }, note: 'ñ ع 😊' };
    const sealed = await seal(key, value, 'assessments/1');
    expect(new TextDecoder().decode(sealed.ct)).not.toContain('pol.smear');
    expect(await open(key, sealed, 'assessments/1')).toEqual(value);
  });

  it('fails clearly with the wrong key', async () => {
    const sealed = await seal(await generateDataKey(), { a: 1 }, 'x/1');
    await expect(errorCode(open(await generateDataKey(), sealed, 'x/1'))).resolves.toBe('unreadable');
  });

  it('fails clearly when the record was moved to another row', async () => {
    const key = await generateDataKey();
    const sealed = await seal(key, { a: 1 }, 'assessments/1');
    await expect(errorCode(open(key, sealed, 'assessments/2'))).resolves.toBe('unreadable');
  });

  test.prop([fc.nat(), fc.integer({ min: 1, max: 255 })])(
    'fails clearly on any changed byte',
    async (at, flip) => {
      const key = await generateDataKey();
      const sealed = await seal(key, { answers: { a: 'often' } }, 'x/1');
      const bytes = new Uint8Array(sealed.ct.slice(0));
      const i = at % bytes.length;
      bytes[i] = (bytes[i] ?? 0) ^ flip;
      await expect(errorCode(open(key, { iv: sealed.iv, ct: bytes.buffer }, 'x/1'))).resolves.toBe(
        'unreadable',
      );
    },
  );

  it('fails clearly on a truncated record', async () => {
    const key = await generateDataKey();
    const sealed = await seal(key, { a: 1 }, 'x/1');
    await expect(errorCode(open(key, { iv: sealed.iv, ct: sealed.ct.slice(0, 10) }, 'x/1'))).resolves.toBe(
      'truncated',
    );
    await expect(errorCode(open(key, { iv: sealed.iv.slice(0, 4), ct: sealed.ct }, 'x/1'))).resolves.toBe(
      'truncated',
    );
    await expect(
      errorCode(open(key, { iv: sealed.iv, ct: sealed.ct.slice(0, sealed.ct.byteLength - 1) }, 'x/1')),
    ).resolves.toBe('unreadable');
  });

  it('wraps the data key under a passphrase; a wrong passphrase says so', async () => {
    const key = await generateDataKey();
    const wrapped = await wrapDataKey(key, 'four words of mine', 1000);
    expect(wrapped.iterations).toBe(1000);
    const back = await unwrapDataKey(wrapped, 'four words of mine');
    expect(back.extractable).toBe(false);
    const sealed = await seal(key, { ok: true }, 'x/1');
    expect(await open(back, sealed, 'x/1')).toEqual({ ok: true });
    await expect(errorCode(unwrapDataKey(wrapped, 'four words of yours'))).resolves.toBe('wrongPassphrase');
  });

  it('treats the same passphrase typed with composed or decomposed accents as the same', async () => {
    const key = await generateDataKey();
    const wrapped = await wrapDataKey(key, 'canci\u00f3n segura', 1000);
    await expect(unwrapDataKey(wrapped, 'cancio\u0301n segura')).resolves.toBeDefined();
  });
});
