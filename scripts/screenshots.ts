/**
 * Screenshots of screens at 360 px in English and Arabic, for looking at the work:
 * `npx tsx scripts/screenshots.ts` after `npm run build`; PNGs go to .tmp/shots/.
 */
import { mkdirSync } from 'node:fs';
import { launch, serve } from '../tests/e2e/harness.ts';

const server = await serve();
const browser = await launch();
mkdirSync('.tmp/shots', { recursive: true });
const steps = (process.argv[2] ?? 'home').split(',');
for (const locale of ['en', 'ar']) {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  page.on('console', (m) => console.log(`[${locale}] ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[${locale}] pageerror: ${e.message}`));
  await page.goto(server.url);
  await page.waitForSelector('h1');
  for (const step of steps) {
    if (step.startsWith('click:')) {
      await page
        .getByRole('button', { name: step.slice(6) })
        .first()
        .click();
      await page.waitForTimeout(300);
      continue;
    }
    await page.screenshot({ path: `.tmp/shots/${step}-${locale}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
await server.close();
