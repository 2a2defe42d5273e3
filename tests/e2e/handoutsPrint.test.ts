/**
 * Handouts on paper, printed to PDF by Chromium, take the pages the screen says, in A4 and in US
 * Letter, in English and in Arabic (right to left): the questions both sides of one sheet, the care
 * routines and the week one page each, four in all. Two-digit question numbers stay inside the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setupServedApp } from './harness.ts';
import { openApp, openWorkshopTool } from './pages.ts';

const app = setupServedApp();

/** Pages in a PDF: its page objects ("/Type /Page", not "/Pages"). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

async function printed(page: Page, which: string, format: 'A4' | 'Letter'): Promise<number> {
  await page.evaluate((w) => document.querySelector('.handouts')?.setAttribute('data-print', w), which);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, printBackground: false, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return pageCount(pdf);
}

describe.each(['en', 'ar', 'fr'])('handouts in %s', (lng) => {
  it('print to the stated page count in A4 and Letter, with every question number inside the page', async () => {
    const page = await app.newPage({ viewport: { width: 1024, height: 800 } });
    await openApp(page, app.url);
    await openWorkshopTool(page, 'Handouts to print');
    await page.getByLabel('Language of the handouts').selectOption(lng);
    await page.locator(`.handout[lang="${lng}"]`).first().waitFor();
    await expect(page.locator('.handouts > .no-print p').first().textContent()).resolves.toMatch(
      lng === 'en' ? /four pages in all\. The questions take both sides of one sheet/ : /./,
    );
    const counts: Record<string, number> = {};
    for (const format of ['A4', 'Letter'] as const) {
      for (const which of ['questions', 'care', 'week', 'all']) {
        counts[`${format} ${which}`] = await printed(page, which, format);
      }
    }
    expect(counts).toEqual({
      'A4 questions': 2,
      'A4 care': 1,
      'A4 week': 1,
      'A4 all': 4,
      'Letter questions': 2,
      'Letter care': 1,
      'Letter week': 1,
      'Letter all': 4,
    });

    // Two-digit numbers: in print, every numbered item's marker box (the list's start padding)
    // lies inside its list, and the list inside the page, on the side the numbers stand.
    await page.emulateMedia({ media: 'print' });
    const outside = await page.evaluate(() => {
      const bad: string[] = [];
      for (const ol of document.querySelectorAll<HTMLElement>('.handout ol')) {
        const pad = parseFloat(getComputedStyle(ol).paddingInlineStart);
        const fontSize = parseFloat(getComputedStyle(ol).fontSize);
        const items = ol.querySelectorAll(':scope > li').length;
        const last = (ol as HTMLOListElement).start + items - 1;
        // "36." needs about 1.6em; the padding must hold it.
        if (last >= 10 && pad < 1.8 * fontSize) bad.push(`${last}: ${pad}px at ${fontSize}px`);
        const box = ol.getBoundingClientRect();
        if (box.left < 0 || box.right > document.documentElement.clientWidth)
          bad.push(`${last}: off the page`);
      }
      return bad;
    });
    await page.emulateMedia({ media: 'screen' });
    expect(outside).toEqual([]);
  });
});
