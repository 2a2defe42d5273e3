// @vitest-environment node
/**
 * The age layer: round trips with a passphrase and with a key, interoperability with the reference
 * `age` command-line tool (Debian's /usr/bin/age) both ways, and every failure as its reason code.
 */
import { describe, expect, it, vi } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AgeError,
  MAX_SCRYPT_LOG_N,
  SCRYPT_LOG_N,
  decryptToText,
  encryptToPassphrase,
  encryptToRecipient,
  isAgeRecipient,
  newIdentity,
  readAgeInput,
  scryptLogN,
  toArmor,
} from '../../src/crypto/age.ts';
import { Encrypter } from 'age-encryption';
import { suggestPassphrase } from '../../src/services/passphrases.ts';

const AGE = '/usr/bin/age';
// scrypt at log N 16 takes a few hundred milliseconds per use; more when tests run in parallel.
vi.setConfig({ testTimeout: 60_000 });
const text = '{"hello":"ñ ع 😊"}';

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'none',
    (e: unknown) => (e instanceof AgeError ? e.code : `unexpected: ${String(e)}`),
  );

describe('round trips', () => {
  it('opens with the passphrase what it encrypted to it, at the chosen work factor', async () => {
    const file = await encryptToPassphrase(text, 'acorn-bison-cedar-dune-eagle-fern');
    expect(new TextDecoder().decode(file)).toContain(`-> scrypt `);
    expect(new TextDecoder().decode(file)).toMatch(new RegExp(`-> scrypt \\S+ ${SCRYPT_LOG_N}\\n`));
    expect(await decryptToText(file, { passphrase: 'acorn-bison-cedar-dune-eagle-fern' })).toBe(text);
    expect(await decryptToText(toArmor(file), { passphrase: 'acorn-bison-cedar-dune-eagle-fern' })).toBe(
      text,
    );
  });

  it('opens with the identity what it encrypted to the public key, binary and armored', async () => {
    const { identity, recipient } = await newIdentity();
    expect(recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    const file = await encryptToRecipient(text, recipient);
    expect(await decryptToText(file, { identity })).toBe(text);
    // A messenger may re-wrap lines, add spaces or CRLF: it still opens.
    const [begin, ...rest] = toArmor(file).trim().split('\n');
    const end = rest.pop();
    const body = rest.join('').replace(/(.{30})/g, '$1 \r\n');
    const messy = `  ${begin ?? ''}\r\n${body}\r\n${end ?? ''}  \n`;
    expect(await decryptToText(messy, { identity })).toBe(text);
  });

  it('locks with the 0–9 form of a passphrase shown in Arabic-Indic digits', async () => {
    const file = await encryptToPassphrase(text, '٤٨٢١ ٩٣٠٢ ٠٠٥٧ ٦٦١٨ ٢٤٠٩ ٧٣٣٥');
    // The first form tried is what she typed: the file opens at the first scrypt.
    expect(await decryptToText(file, { passphrase: '4821 9302 0057 6618 2409 7335' })).toBe(text);
  }, 120_000);

  it('opens with any form of a suggested passphrase she may type (accents, capitals, digits, spaces)', async () => {
    // Files locked as the app locks them (the normalised form), at a light work factor so that
    // each typed form costs little here; the forms tried are the same at any work factor.
    const lockWith = (passphrase: string) => {
      const e = new Encrypter();
      e.setScryptWorkFactor(10);
      e.setPassphrase(passphrase);
      return e.encrypt(text);
    };
    // Spanish words as the app suggests them (no accents); typed as BIP-39 spells them.
    const byWords = await lockWith('accion abaco abeja organo nino acne agil');
    for (const typed of [
      'acción ábaco abeja órgano niño acné ágil',
      'Acción-Ábaco-Abeja-Órgano-Niño-Acné-Ágil',
      ` ${'acción ábaco abeja órgano niño acné ágil'.normalize('NFD')} `,
    ])
      expect(await decryptToText(byWords, { passphrase: typed })).toBe(text);
    // Digit groups: in Persian digits with hyphens, in Arabic-Indic with none, in 0–9.
    const byDigits = await lockWith('4821 9302 0057 6618 2409 7335');
    for (const typed of [
      '۴۸۲۱-۹۳۰۲-۰۰۵۷-۶۶۱۸-۲۴۰۹-۷۳۳۵',
      '٤٨٢١٩٣٠٢٠٠٥٧٦٦١٨٢٤٠٩٧٣٣٥',
      '4821 9302 0057 6618 2409 7335',
    ])
      expect(await decryptToText(byDigits, { passphrase: typed })).toBe(text);
    expect(await codeOf(decryptToText(byDigits, { passphrase: '4821 9302 0057 6618 2409 7336' }))).toBe(
      'wrongPassphrase',
    );
    expect(await codeOf(decryptToText(byWords, { passphrase: 'acción ábaco abeja órgano niño acné' }))).toBe(
      'wrongPassphrase',
    );
  }, 120_000);

  it('opens a file made before normalisation, with a passphrase of her own in Arabic-Indic digits', async () => {
    const e = new Encrypter();
    e.setScryptWorkFactor(10);
    e.setPassphrase('بيتي الآمن ٢٠٢٤');
    const old = await e.encrypt(text);
    expect(await decryptToText(old, { passphrase: 'بيتي الآمن ٢٠٢٤' })).toBe(text);
  }, 120_000);
});

describe('interoperability with the age command-line tool', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'shn-age-'));

  it('a file the app encrypts to a key decrypts with `age -d -i`', async () => {
    const d = dir();
    try {
      const { identity, recipient } = await newIdentity();
      writeFileSync(join(d, 'key.txt'), `${identity}\n`);
      writeFileSync(join(d, 'file.age'), await encryptToRecipient(text, recipient));
      writeFileSync(join(d, 'file.txt'), toArmor(await encryptToRecipient(text, recipient)));
      expect(
        execFileSync(AGE, ['-d', '-i', join(d, 'key.txt'), join(d, 'file.age')], { encoding: 'utf8' }),
      ).toBe(text);
      expect(
        execFileSync(AGE, ['-d', '-i', join(d, 'key.txt'), join(d, 'file.txt')], { encoding: 'utf8' }),
      ).toBe(text);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('a file `age -e -r` makes (binary and `-a` armored) opens with the app identity', async () => {
    const d = dir();
    try {
      const { identity, recipient } = await newIdentity();
      writeFileSync(join(d, 'plain.txt'), text);
      execFileSync(AGE, ['-e', '-r', recipient, '-o', join(d, 'a.age'), join(d, 'plain.txt')]);
      execFileSync(AGE, ['-e', '-a', '-r', recipient, '-o', join(d, 'a.txt'), join(d, 'plain.txt')]);
      expect(await decryptToText(new Uint8Array(readFileSync(join(d, 'a.age'))), { identity })).toBe(text);
      expect(await decryptToText(readFileSync(join(d, 'a.txt'), 'utf8'), { identity })).toBe(text);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('a key the CLI made (age-keygen) works as an identity in the app', async () => {
    const d = dir();
    try {
      const keygen = spawnSync('/usr/bin/age-keygen', ['-o', join(d, 'k.txt')], { encoding: 'utf8' });
      expect(keygen.status).toBe(0);
      const key = readFileSync(join(d, 'k.txt'), 'utf8');
      const identity = /AGE-SECRET-KEY-1\S+/.exec(key)?.[0] ?? '';
      const recipient = /age1\S+/.exec(key)?.[0] ?? '';
      expect(await decryptToText(await encryptToRecipient(text, recipient), { identity })).toBe(text);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('a file locked with a suggestion in Arabic-Indic digits opens with `age -d` typed with 0–9', async () => {
    const d = dir();
    try {
      const shown = await suggestPassphrase('ar');
      expect(shown).toMatch(/^[٠-٩]{4}( [٠-٩]{4}){5}$/);
      const ascii = shown.replace(/[٠-٩]/g, (c) => String((c.codePointAt(0) ?? 0) - 0x0660));
      writeFileSync(join(d, 'app.age'), await encryptToPassphrase(text, shown));
      const dec = spawnSync(
        '/usr/bin/script',
        ['-qec', `${AGE} -d -o ${join(d, 'out.txt')} ${join(d, 'app.age')}`, '/dev/null'],
        { input: `${ascii}\n`, encoding: 'utf8', timeout: 30_000 },
      );
      expect(dec.status, dec.stdout + dec.stderr).toBe(0);
      expect(readFileSync(join(d, 'out.txt'), 'utf8')).toBe(text);
      // A file the tool locks with the 0–9 form opens in the app with the digits she reads.
      writeFileSync(join(d, 'plain.txt'), text);
      const enc = spawnSync(
        '/usr/bin/script',
        ['-qec', `${AGE} -e -p -o ${join(d, 'cli.age')} ${join(d, 'plain.txt')}`, '/dev/null'],
        { input: `${ascii}\n${ascii}\n`, encoding: 'utf8', timeout: 30_000 },
      );
      expect(enc.status, enc.stdout + enc.stderr).toBe(0);
      const cli = new Uint8Array(readFileSync(join(d, 'cli.age')));
      expect(await decryptToText(cli, { passphrase: shown })).toBe(text);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  }, 120_000);

  it('a file locked with a suggestion in French words opens with `age -d` typed as shown', async () => {
    const d = dir();
    try {
      const shown = await suggestPassphrase('fr');
      expect(shown).toMatch(/^[a-z]+( [a-z]+){6}$/);
      writeFileSync(join(d, 'app.age'), await encryptToPassphrase(text, shown));
      const dec = spawnSync(
        '/usr/bin/script',
        ['-qec', `${AGE} -d -o ${join(d, 'out.txt')} ${join(d, 'app.age')}`, '/dev/null'],
        { input: `${shown}\n`, encoding: 'utf8', timeout: 30_000 },
      );
      expect(dec.status, dec.stdout + dec.stderr).toBe(0);
      expect(readFileSync(join(d, 'out.txt'), 'utf8')).toBe(text);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  }, 120_000);

  // `age -p` reads the passphrase only from a terminal: drive it through a pseudo-terminal with
  // `script`, feeding the passphrase on its input.
  it('passphrase files go both ways through a pseudo-terminal (`script`)', async () => {
    const d = dir();
    try {
      const pass = 'acorn-bison-cedar-dune-eagle-fern';
      writeFileSync(join(d, 'app.age'), await encryptToPassphrase(text, pass));
      const dec = spawnSync(
        '/usr/bin/script',
        ['-qec', `${AGE} -d -o ${join(d, 'out.txt')} ${join(d, 'app.age')}`, '/dev/null'],
        { input: `${pass}\n`, encoding: 'utf8', timeout: 30_000 },
      );
      expect(dec.status, dec.stdout + dec.stderr).toBe(0);
      expect(readFileSync(join(d, 'out.txt'), 'utf8')).toBe(text);

      writeFileSync(join(d, 'plain.txt'), text);
      const enc = spawnSync(
        '/usr/bin/script',
        ['-qec', `${AGE} -e -p -o ${join(d, 'cli.age')} ${join(d, 'plain.txt')}`, '/dev/null'],
        { input: `${pass}\n${pass}\n`, encoding: 'utf8', timeout: 30_000 },
      );
      expect(enc.status, enc.stdout + enc.stderr).toBe(0);
      const cli = new Uint8Array(readFileSync(join(d, 'cli.age')));
      expect(await decryptToText(cli, { passphrase: pass })).toBe(text);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('every failure has its reason code', () => {
  it('wrong passphrase; a key file opened with a passphrase; a passphrase file opened with a key', async () => {
    const { identity, recipient } = await newIdentity();
    const byPass = await encryptToPassphrase(text, 'right-words-here-and-now');
    const byKey = await encryptToRecipient(text, recipient);
    expect(await codeOf(decryptToText(byPass, { passphrase: 'wrong-words' }))).toBe('wrongPassphrase');
    expect(await codeOf(decryptToText(byPass, { identity }))).toBe('needsPassphrase');
    expect(await codeOf(decryptToText(byKey, { passphrase: 'anything' }))).toBe('needsKey');
  });

  it('encrypted to someone else', async () => {
    const me = await newIdentity();
    const other = await newIdentity();
    const file = await encryptToRecipient(text, other.recipient);
    expect(await codeOf(decryptToText(file, { identity: me.identity }))).toBe('notForYou');
  });

  it('not an age file, truncated, tampered, a bad public key', async () => {
    const { identity, recipient } = await newIdentity();
    const file = await encryptToRecipient(text, recipient);
    const armored = toArmor(file);
    expect(await codeOf(decryptToText('hello, this is a letter', { identity }))).toBe('notAgeFile');
    expect(await codeOf(decryptToText(new TextEncoder().encode('{"a":1}'), { identity }))).toBe('notAgeFile');
    expect(await codeOf(decryptToText(new Uint8Array(0), { identity }))).toBe('notAgeFile');
    // Cut inside the header, in the armor, and inside the payload.
    expect(await codeOf(decryptToText(file.subarray(0, 60), { identity }))).toBe('truncated');
    expect(await codeOf(decryptToText(armored.slice(0, armored.length / 2), { identity }))).toBe('truncated');
    expect(await codeOf(decryptToText(file.subarray(0, file.length - 5), { identity }))).toBe('damaged');
    // One changed byte in the payload, and in the header's MAC.
    const flipped = file.slice();
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] ?? 0) ^ 1;
    expect(await codeOf(decryptToText(flipped, { identity }))).toBe('damaged');
    expect(await codeOf(encryptToRecipient(text, 'age1notakey'))).toBe('badRecipient');
  });

  it('refuses, before any work, a passphrase file whose scrypt work factor is above 18', async () => {
    const file = await encryptToPassphrase(text, 'a long enough passphrase');
    expect(scryptLogN(file)).toBe(SCRYPT_LOG_N);
    const withLogN = (n: string) => {
      const header = new TextDecoder().decode(file.subarray(0, 200));
      const line = /^-> scrypt \S+ \d+$/m.exec(header)?.[0] ?? '';
      const crafted = header.replace(line, line.replace(/\d+$/, n));
      const head = new TextEncoder().encode(crafted);
      const out = new Uint8Array(head.length + file.length - 200);
      out.set(head);
      out.set(file.subarray(200), head.length);
      return out;
    };
    expect(scryptLogN(withLogN('18'))).toBe(MAX_SCRYPT_LOG_N);
    for (const n of ['19', '20', '22', '99999']) {
      const crafted = withLogN(n);
      const started = performance.now();
      expect(await codeOf(decryptToText(crafted, { passphrase: 'a long enough passphrase' }))).toBe(
        'tooHeavy',
      );
      expect(await codeOf(decryptToText(toArmor(crafted), {}))).toBe('tooHeavy');
      // Refused from the header: no scrypt ran (log N 20 would take seconds and 1 GiB).
      expect(performance.now() - started).toBeLessThan(500);
    }
    expect(scryptLogN(new TextEncoder().encode('age-encryption.org/v1\n-> X25519 abc\n'))).toBeUndefined();
  });

  it('refuses a key with one mistyped character (bech32 checksum), before and when encrypting', async () => {
    const { recipient } = await newIdentity();
    expect(isAgeRecipient(recipient)).toBe(true);
    expect(isAgeRecipient(` ${recipient}\n`)).toBe(true);
    const last = recipient.at(-1) === 'q' ? 'p' : 'q';
    const mistyped = recipient.slice(0, -1) + last;
    const swapped = `${recipient.slice(0, 10)}${recipient.charAt(11)}${recipient.charAt(10)}${recipient.slice(12)}`;
    for (const bad of [mistyped, swapped].filter((k) => k !== recipient)) {
      expect(bad).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
      expect(isAgeRecipient(bad)).toBe(false);
      expect(await codeOf(encryptToRecipient(text, bad))).toBe('badRecipient');
    }
    // Right checksum, wrong prefix: an age secret-key-like or other bech32 string is not a recipient.
    expect(isAgeRecipient(recipient.toUpperCase())).toBe(false);
  });

  test.prop([fc.uint8Array({ maxLength: 400 })], { numRuns: 200 })(
    'random bytes give a reason code, never a crash',
    async (bytes) => {
      const { identity } = await newIdentity();
      const code = await codeOf(decryptToText(bytes, { identity, passphrase: 'x' }));
      expect(['notAgeFile', 'truncated', 'damaged']).toContain(code);
    },
  );

  it('every single-bit flip of a file gives a reason code and never the text', async () => {
    const { identity, recipient } = await newIdentity();
    const file = await encryptToRecipient(text, recipient);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: file.length * 8 - 1 }), async (bit) => {
        const copy = file.slice();
        copy[bit >> 3] = (copy[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        const code = await codeOf(decryptToText(copy, { identity }));
        expect(['notAgeFile', 'truncated', 'damaged', 'notForYou']).toContain(code);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the armor anywhere in pasted text, with words before and after it', async () => {
    const { identity, recipient } = await newIdentity();
    const armored = toArmor(await encryptToRecipient(text, recipient));
    const pasted = `here it is:\n${armored}\nthanks, call me`;
    expect(await decryptToText(pasted, { identity })).toBe(text);
    expect(await decryptToText(`Amina: ${armored.replace(/\n/g, ' ')}`, { identity })).toBe(text);
    expect(await decryptToText(new TextEncoder().encode(pasted), { identity })).toBe(text);
    const cut = pasted.slice(0, pasted.indexOf('-----END'));
    expect(await codeOf(decryptToText(cut, { identity }))).toBe('truncated');
    expect(await codeOf(decryptToText('here it is: nothing', { identity }))).toBe('notAgeFile');
  });

  it('reads binary input as is and rejects text that only looks like armor', () => {
    expect(() =>
      readAgeInput('-----BEGIN AGE ENCRYPTED FILE-----\n!!!\n-----END AGE ENCRYPTED FILE-----'),
    ).toThrow(AgeError);
  });
});
