/**
 * "Who can help" in a summary (issue 20), on the screens: off until she ticks it; what goes in is
 * what fits her urgent steps, her local contacts only when she ticks them too, never the people
 * she trusts; her contact sees each service with what it offers, how to reach it, how to contact
 * it safely and when it was checked — and a link only for a `tel:`, `mailto:` or `https:` value.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { readFileSync } from 'node:fs';
import {
  formIndicators,
  parseSupportText,
  scaleOf,
  supportForSummary,
  type Answers,
  type Summary,
  type SupportDirectory,
} from '../../src/domain/index.ts';
import { SummaryView } from '../../src/features/share/SummaryView.tsx';
import { initI18n } from '../../src/i18n/i18n.ts';
import { addSupportPackFromText } from '../../src/services/support.ts';
import { startAssessment } from '../../src/storage/assessments.ts';
import { saveContact } from '../../src/storage/contacts.ts';
import { resetVault } from '../../src/storage/vault.ts';
import { appBattery } from '../helpers/battery.ts';
import { freshDatabase } from '../helpers/db.ts';
import { renderApp } from '../helpers/render.tsx';

beforeEach(() => {
  freshDatabase();
  resetVault();
});
afterEach(cleanup);

const battery = appBattery();

/** Every question of the full form: the given option, else the first. */
function answersOf(chosen: Record<string, string>): Answers {
  const answers: Record<string, string> = {};
  for (const ind of formIndicators(battery, 'full')) {
    answers[ind.id] = chosen[ind.id] ?? scaleOf(battery, ind).options[0]!.id;
  }
  return answers;
}

const THREAT_TO_LIFE = { 'phy.death-threat': 'few', 'phy.feel-endangered': 'quite' };

const packText = JSON.stringify({
  format: 'shn-support',
  formatVersion: 1,
  id: 'nairobi-network',
  version: '1.0.0',
  author: 'Nairobi defenders network',
  languages: ['en'],
  title: { en: 'Nairobi: local help' },
  entries: [
    {
      id: 'night-line',
      name: { en: 'Night line of the Nairobi network' },
      offers: ['emergency-line', 'legal'],
      who: ['hrd'],
      summary: { en: 'Someone answers at night and can send a lawyer.' },
      channels: [{ kind: 'phone', value: '+254 700 000 001' }],
      safety: { en: 'Say only your first name.' },
    },
  ],
});

async function openShare(chosen: Record<string, string>) {
  await startAssessment({
    batteryId: battery.id,
    batteryVersion: battery.version,
    formId: 'full',
    answers: answersOf(chosen),
    isComplete: true,
  });
  history.replaceState({ name: 'shareSummary' }, '');
  await renderApp({ settings: { hasOnboarded: true } });
  await screen.findByRole('heading', { level: 1, name: 'Send a summary' });
}

const exactText = () => screen.getByText((_, e) => e?.tagName === 'PRE').textContent;

describe('sending', () => {
  it('offers who can help, off, and puts in only what she ticks: never the people she trusts', async () => {
    const user = userEvent.setup();
    await saveContact({
      name: 'Zainab Trusted',
      reach: '+254 711 111 111',
      helpsWith: '',
      note: '',
      isEmergencyNumber: false,
    });
    expect((await addSupportPackFromText(packText)).ok).toBe(true);
    await openShare(THREAT_TO_LIFE);

    const group = await screen.findByRole('group', { name: 'Who can help' });
    const shipped = within(group).getByRole('checkbox', { name: /Organisations that fit your urgent steps/ });
    const local = within(group).getByRole('checkbox', { name: /Your local contacts that fit \(1\)/ });
    expect(shipped).toHaveProperty('checked', false);
    expect(local).toHaveProperty('checked', false);
    expect(within(group).getByText(/The people you trust are never included/)).toBeTruthy();
    expect(exactText()).not.toContain('shn-support');
    expect(screen.queryByTestId('summary-support')).toBeNull();

    await user.click(shipped);
    const part = await screen.findByTestId('summary-support');
    const card = await waitFor(() => {
      const found = part.querySelector('[data-entry="protectdefenders-eu"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(card.querySelector('a[href^="tel:+"]')).not.toBeNull();
    expect(exactText()).toContain('protectdefenders-eu');
    // Only what fits a threat to life: no digital-security-only helpline.
    expect(exactText()).not.toContain('accessnow-helpline');
    expect(exactText()).not.toContain('night-line');

    await user.click(local);
    await waitFor(() => expect(exactText()).toContain('night-line'));
    expect(part.querySelector('.support-card')?.getAttribute('data-entry')).toBe('night-line');
    // Her trusted people stay hers.
    expect(exactText()).not.toContain('Zainab');
    expect(exactText()).not.toContain('+254 711 111 111');
    expect(part.textContent).not.toContain('Zainab');
  }, 30_000);

  it('offers nothing when no urgent step fired', async () => {
    await openShare({});
    await screen.findByRole('group', { name: 'Level in each area' });
    expect(screen.queryByRole('group', { name: 'Who can help' })).toBeNull();
    expect(screen.queryByTestId('share-support')).toBeNull();
  });
});

describe('the contact’s view', () => {
  const shippedDirectory: SupportDirectory = (() => {
    const parsed = parseSupportText(readFileSync('indicators/support/shn-support-1.0.0.json', 'utf8'));
    if (!parsed.ok) throw new Error('the shipped directory does not pass');
    return parsed.directory;
  })();
  const pack = (() => {
    const parsed = parseSupportText(packText);
    if (!parsed.ok) throw new Error('fixture');
    return parsed.directory;
  })();

  const summaryFor = (lng: string): Summary => ({
    type: 'shn-summary',
    version: 3,
    source: 'secure-here-and-now',
    appVersion: '0.1.0',
    from: 'Amal',
    createdAt: '2026-12-01T09:30:00.000Z',
    assessedAt: '2026-12-01T08:00:00.000Z',
    battery: { id: battery.id, version: battery.version },
    support: supportForSummary({
      shipped: shippedDirectory,
      packs: [pack],
      blocks: ['g.life'],
      withShipped: true,
      withLocal: true,
      languages: [lng, 'en'],
    }),
  });

  async function show(summary: Summary, lng: 'en' | 'ar' = 'en') {
    const i18n = await initI18n(lng);
    render(
      <I18nextProvider i18n={i18n}>
        <SummaryView summary={summary} />
      </I18nextProvider>,
    );
    return screen.findByTestId('summary-support');
  }

  it('shows each service: name, what it offers, how to reach it, contacting it safely, when it was checked', async () => {
    const part = await show(summaryFor('en'));
    expect(within(part).getByRole('heading', { name: 'Who can help' })).toBeTruthy();
    expect(within(part).getByText(/Ask her before you contact any of them for her/)).toBeTruthy();
    // The note on traces comes before any way to call or write.
    const traces = part.querySelector('.support-traces');
    const firstLink = part.querySelector('.support-card a');
    expect(traces && firstLink && traces.compareDocumentPosition(firstLink) & 4).toBeTruthy();

    const local = part.querySelector('[data-origin="local"]') as HTMLElement;
    expect(local.textContent).toContain(
      'Local contacts she added, from “Nairobi: local help” by Nairobi defenders network',
    );
    expect(within(local).getByRole('heading', { name: 'Night line of the Nairobi network' })).toBeTruthy();
    expect(local.textContent).toContain('Say only your first name.');
    expect(local.textContent).toContain('From a local pack: not checked by this app.');

    const entry = shippedDirectory.entries.find((e) => e.id === 'protectdefenders-eu')!;
    const card = part.querySelector(
      '[data-origin="shipped"] [data-entry="protectdefenders-eu"]',
    ) as HTMLElement;
    expect(within(card).getByRole('heading', { name: entry.name.en })).toBeTruthy();
    expect(card.textContent).toContain('Emergency line');
    expect(card.textContent).toContain(entry.summary.en);
    expect(card.textContent).toContain(entry.safety?.en ?? 'no safety note?');
    expect(card.querySelector('.support-checked')?.textContent).toMatch(/Checked on .+2026/);
    expect(card.querySelector('a[href="tel:+35312100489"]')).not.toBeNull();
    for (const a of part.querySelectorAll('a')) {
      expect(a.getAttribute('href')).toMatch(/^(tel:\+\d+|mailto:\S+@\S+|https:\/\/)/);
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('has it in Arabic, with the texts she sent in Arabic', async () => {
    const part = await show(summaryFor('ar'), 'ar');
    const entry = shippedDirectory.entries.find((e) => e.id === 'protectdefenders-eu')!;
    await within(part).findByRole('heading', { name: entry.name.ar });
    expect(part.textContent).toContain(entry.summary.ar);
  });

  it('makes no link of an unsafe value, even in a summary that skipped the checks', async () => {
    const summary = summaryFor('en');
    const group = summary.support!.groups[0]!;
    const forged = {
      ...group,
      directory: {
        ...group.directory,
        entries: [
          {
            ...group.directory.entries[0]!,
            channels: [
              { kind: 'web' as const, value: 'javascript:alert(1)' },
              { kind: 'phone' as const, value: 'javascript:alert(2)' },
              { kind: 'email' as const, value: 'javascript:alert(3)//@x.org' },
            ],
            sources: [{ url: 'javascript:alert(4)', checked: '2026-12-01', method: 'live' as const }],
          },
        ],
      },
    };
    const part = await show({ ...summary, support: { groups: [forged] } });
    await within(part).findByRole('heading', { name: 'Night line of the Nairobi network' });
    expect(part.querySelectorAll('a')).toHaveLength(0);
    expect(part.innerHTML).not.toContain('href="javascript');
  });
});
