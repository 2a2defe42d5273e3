/** The support directory format: shape, texts, phone numbers, addresses and links (issue 20). */
import { describe, expect, it } from 'vitest';
import {
  channelHref,
  isPhoneNumber,
  kindsForGuidance,
  lastChecked,
  listSupport,
  parseSupportDirectory,
  parseSupportText,
  type SupportDirectory,
  type SupportIssue,
} from '../../src/domain/index.ts';

function pack(
  overrides: Record<string, unknown> = {},
  entry: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    format: 'shn-support',
    formatVersion: 1,
    id: 'local-pack',
    version: '1.0.0',
    author: 'A local network',
    languages: ['en', 'ar'],
    title: { en: 'Local help', ar: 'مساعدة محلية' },
    entries: [
      {
        id: 'lawyers',
        name: { en: 'Lawyers network', ar: 'شبكة المحاميات' },
        offers: ['legal'],
        who: ['hrd'],
        summary: { en: 'Lawyers who visit detained defenders.', ar: 'محاميات يزرن المدافعات المحتجزات.' },
        channels: [{ kind: 'phone', value: '+961 1 234 567' }],
        ...entry,
      },
    ],
    ...overrides,
  };
}

function issuesOf(input: unknown): SupportIssue[] {
  const parsed = parseSupportDirectory(input);
  return parsed.ok ? [] : parsed.issues;
}

describe('parseSupportDirectory', () => {
  it('accepts a well-formed pack', () => {
    const parsed = parseSupportDirectory(pack());
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ['letters', '+961 CALL NOW'],
    ['no country code', '01 234 567'],
    ['a tel: prefix', 'tel:+9611234567'],
    ['too short', '+12 345'],
    ['too long', '+1 234 567 890 123 456'],
    ['a leading zero country code', '+0961 1 234 567'],
  ])('refuses a malformed phone number (%s)', (_why, value) => {
    const issues = issuesOf(pack({}, { channels: [{ kind: 'phone', value }] }));
    expect(issues).toContainEqual({
      path: ['entries', 0, 'channels', 0, 'value'],
      code: 'badPhone',
      params: { value },
    });
  });

  it('refuses a malformed number to message as well', () => {
    const issues = issuesOf(pack({}, { channels: [{ kind: 'message', value: '12345' }] }));
    expect(issues.map((i) => i.code)).toEqual(['badPhone']);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['http', 'http://example.org/help'],
    ['ftp', 'ftp://example.org/'],
  ])('refuses an unsafe link (%s:)', (scheme, value) => {
    const issues = issuesOf(pack({}, { channels: [{ kind: 'web', value }] }));
    expect(issues).toContainEqual({
      path: ['entries', 0, 'channels', 0, 'value'],
      code: 'unsafeLink',
      params: { scheme },
    });
  });

  it('refuses a link with a password in it, or that is not an address', () => {
    for (const value of ['https://user:pw@example.org/', 'not a link', ' https://example.org/']) {
      expect(issuesOf(pack({}, { channels: [{ kind: 'web', value }] })).map((i) => i.code)).toEqual([
        'unsafeLink',
      ]);
    }
  });

  it('refuses an unsafe source address and a date that does not exist', () => {
    const issues = issuesOf(
      pack({}, { sources: [{ url: 'javascript:void(0)', checked: '2026-02-30', method: 'live' }] }),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unsafeLink', 'entries.0.sources.0.url'],
      ['badDate', 'entries.0.sources.0.checked'],
    ]);
  });

  it('refuses an email address that is not one', () => {
    const issues = issuesOf(pack({}, { channels: [{ kind: 'email', value: 'help at example.org' }] }));
    expect(issues.map((i) => i.code)).toEqual(['badEmail']);
  });

  it('lists every problem at once, each with its path', () => {
    const input = pack(
      { languages: ['en', 'ar'] },
      {
        summary: { en: 'Only English' },
        channels: [
          { kind: 'phone', value: 'call us' },
          { kind: 'web', value: 'javascript:alert(1)' },
        ],
      },
    );
    (input.entries as unknown[]).push({ ...(input.entries as Record<string, unknown>[])[0] });
    const issues = issuesOf(input);
    expect(issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      'entries.0.summary missingText',
      'entries.0.channels.0.value badPhone',
      'entries.0.channels.1.value unsafeLink',
      'entries.1.id duplicateId',
      'entries.1.summary missingText',
      'entries.1.channels.0.value badPhone',
      'entries.1.channels.1.value unsafeLink',
    ]);
  });

  it('reports shape problems with paths (unknown kind, missing field, wrong format)', () => {
    const issues = issuesOf(pack({ format: 'shn-battery' }, { offers: ['magic'], who: undefined }));
    expect(issues.map((i) => `${i.path.join('.')} ${i.code}`).sort()).toEqual(
      ['format notAllowed', 'entries.0.offers.0 notAllowed', 'entries.0.who missing'].sort(),
    );
  });

  it('asks the shipped directory for the page that confirms each entry', () => {
    const parsed = parseSupportDirectory(pack(), { requireSources: true });
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      { path: ['entries', 0, 'sources'], code: 'sourceMissing', params: {} },
    ]);
  });

  it('reports text that is not JSON as one problem', () => {
    const parsed = parseSupportText('{ not json');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.code)).toEqual(['notJson']);
  });
});

describe('phone numbers and links', () => {
  it('takes an international number with spaces or hyphens', () => {
    expect(isPhoneNumber('+353 1 21 00 489')).toBe(true);
    expect(isPhoneNumber('+961-81-633-133')).toBe(true);
    expect(isPhoneNumber('+353 1 21 00 489 ')).toBe(false);
  });

  it('makes tel:, mailto: and https: links, and none for a number to message', () => {
    expect(channelHref({ kind: 'phone', value: '+353 1 21 00 489' })).toBe('tel:+35312100489');
    expect(channelHref({ kind: 'email', value: 'help@example.org' })).toBe('mailto:help@example.org');
    expect(channelHref({ kind: 'web', value: 'https://example.org/help' })).toBe('https://example.org/help');
    expect(channelHref({ kind: 'web', value: 'javascript:alert(1)' })).toBeUndefined();
    expect(channelHref({ kind: 'message', value: '+961 81 633 133' })).toBeUndefined();
  });
});

describe('what fits and in which order', () => {
  const dir = (id: string, entries: { id: string; offers: string[] }[]): SupportDirectory => {
    const parsed = parseSupportDirectory(pack({ id }, {}));
    if (!parsed.ok) throw new Error('fixture');
    const base = parsed.directory.entries[0]!;
    return {
      ...parsed.directory,
      entries: entries.map((e) => ({ ...base, id: e.id, offers: e.offers as typeof base.offers })),
    };
  };

  it('maps fired guidance to kinds, most urgent block first, each kind once', () => {
    const fits: SupportDirectory['fits'] = {
      'g.life': ['emergency-line', 'relocation'],
      'g.detained': ['legal', 'emergency-line'],
    };
    expect(kindsForGuidance(fits, ['g.detained', 'g.life', 'g.other'])).toEqual([
      'legal',
      'emergency-line',
      'relocation',
    ]);
    expect(kindsForGuidance(undefined, ['g.life'])).toEqual([]);
  });

  it('lists local packs first, then the shipped directory; only what fits when kinds are given', () => {
    const shipped = dir('shipped', [
      { id: 'line', offers: ['emergency-line'] },
      { id: 'digital', offers: ['digital-security'] },
      { id: 'both', offers: ['emergency-line', 'relocation'] },
    ]);
    const local = dir('local', [
      { id: 'shelter', offers: ['shelter'] },
      { id: 'local-line', offers: ['emergency-line'] },
    ]);
    expect(listSupport(shipped, [local]).map((l) => `${l.origin}:${l.entry.id}`)).toEqual([
      'local:shelter',
      'local:local-line',
      'shipped:line',
      'shipped:digital',
      'shipped:both',
    ]);
    const fitting = listSupport(shipped, [local], ['emergency-line', 'relocation']);
    expect(fitting.map((l) => `${l.origin}:${l.entry.id}`)).toEqual([
      'local:local-line',
      'shipped:both',
      'shipped:line',
    ]);
    expect(fitting[1]?.matches).toEqual(['emergency-line', 'relocation']);
  });

  it('gives the newest day an entry was checked', () => {
    const parsed = parseSupportDirectory(
      pack(
        {},
        {
          sources: [
            { url: 'https://example.org/a', checked: '2026-11-02', method: 'live' },
            { url: 'https://example.org/b', checked: '2026-12-01', method: 'stored-copy' },
          ],
        },
      ),
    );
    expect(parsed.ok && lastChecked(parsed.directory.entries[0]!)).toBe('2026-12-01');
  });
});
