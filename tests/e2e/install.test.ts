/** Installable: in a persistent profile, Chromium reports no installability error. */
import { expect, it } from 'vitest';
import { launchPersistent, serve } from './harness.ts';
import { openApp, waitForServiceWorker } from './pages.ts';

it('has a manifest and service worker that make it installable', async () => {
  const server = await serve();
  const { context, close } = await launchPersistent();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openApp(page, server.url);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await (await page.request.get(`${server.url}manifest.webmanifest`)).json()) as {
      icons: { purpose?: string; sizes: string }[];
      display: string;
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  } finally {
    await close();
    await server.close();
  }
});
