/** What runs and what waits (src/ui/release.ts): asking a worker, and "updated without her tap" once. */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  askRelease,
  changedWithoutHerTap,
  markAccepted,
  notesIn,
  type ReleaseInfo,
} from '../../src/ui/release.ts';

const release = (version: string, fingerprint: string): ReleaseInfo => ({
  version,
  fingerprint,
  code: `CODE-${fingerprint}`,
  notes: { en: `notes ${version}`, es: `notas ${version}` },
});

describe('changedWithoutHerTap', () => {
  beforeEach(() => localStorage.clear());

  it('records the first release it sees and says nothing', () => {
    expect(changedWithoutHerTap(release('1.0.0', 'a'))).toBeUndefined();
    expect(changedWithoutHerTap(release('1.0.0', 'a'))).toBeUndefined();
  });

  it('says once that the release changed, from which to which', () => {
    changedWithoutHerTap(release('1.0.0', 'a'));
    expect(changedWithoutHerTap(release('1.1.0', 'b'))).toEqual({
      from: { version: '1.0.0', code: 'CODE-a' },
      to: release('1.1.0', 'b'),
    });
    expect(changedWithoutHerTap(release('1.1.0', 'b'))).toBeUndefined();
  });

  it('tells of a new build under the same version number (a quiet change)', () => {
    changedWithoutHerTap(release('1.0.0', 'a'));
    expect(changedWithoutHerTap(release('1.0.0', 'c'))?.from.code).toBe('CODE-a');
  });

  it('says nothing about the update she accepted, but does about another one', () => {
    changedWithoutHerTap(release('1.0.0', 'a'));
    markAccepted('b');
    expect(changedWithoutHerTap(release('1.1.0', 'b'))).toBeUndefined();
    // The acceptance is used up: a later change is news again.
    expect(changedWithoutHerTap(release('1.2.0', 'd'))?.from.version).toBe('1.1.0');
    markAccepted('e');
    expect(changedWithoutHerTap(release('1.3.0', 'f'))?.to.version).toBe('1.3.0');
  });
});

describe('notesIn', () => {
  it('gives her language, else English', () => {
    expect(notesIn({ en: 'new', es: 'nuevo' }, 'es')).toEqual({ text: 'nuevo', lang: 'es' });
    expect(notesIn({ en: 'new', es: 'nuevo' }, 'ar')).toEqual({ text: 'new', lang: 'en' });
  });
});

describe('askRelease', () => {
  it('asks the worker on a message port and accepts only a well-formed answer', async () => {
    const answering = (answer: unknown) =>
      ({
        postMessage: (message: { type: string }, ports: MessagePort[]) => {
          expect(message).toEqual({ type: 'SHN_RELEASE' });
          ports[0]?.postMessage(answer);
        },
      }) as unknown as ServiceWorker;
    await expect(askRelease(answering(release('2.0.0', 'x')))).resolves.toEqual(release('2.0.0', 'x'));
    await expect(askRelease(answering({ version: 2 }))).resolves.toBeUndefined();
    await expect(askRelease(null)).resolves.toBeUndefined();
  });

  it('gives up on a worker that does not answer', async () => {
    const silent = { postMessage: () => undefined } as unknown as ServiceWorker;
    await expect(askRelease(silent, 10)).resolves.toBeUndefined();
  });
});
