/**
 * The shipped server configurations are made from one source (scripts/hosting.ts), as is the
 * Content-Security-Policy meta tag: a committed file that differs from what it makes fails here
 * (run `npx tsx scripts/hosting.ts`).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, caddyfile, nginxConf } from '../../scripts/hosting.ts';

describe('server configurations', () => {
  it('are what scripts/hosting.ts makes', () => {
    expect(readFileSync('scripts/deploy/Caddyfile', 'utf8')).toBe(caddyfile());
    expect(readFileSync('scripts/deploy/nginx.conf', 'utf8')).toBe(nginxConf());
  });

  it('send the policy of the meta tag, with frame-ancestors, and every documented header', () => {
    // The meta tag is written from the same constant (tests/e2e/hosting.test.ts compares the built page).
    expect(readFileSync('vite.config.ts', 'utf8')).toContain(
      "import { CONTENT_SECURITY_POLICY } from './scripts/hosting.ts';",
    );
    const headers = new Map(SECURITY_HEADERS);
    expect(headers.get('Content-Security-Policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect([...headers.keys()]).toEqual(
      expect.arrayContaining([
        'Referrer-Policy',
        'X-Content-Type-Options',
        'Permissions-Policy',
        'Cross-Origin-Opener-Policy',
        'Strict-Transport-Security',
      ]),
    );
    for (const [name, value] of SECURITY_HEADERS) {
      expect(caddyfile()).toContain(`${name} "${value}"`);
      expect(nginxConf()).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
