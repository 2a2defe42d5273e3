/**
 * Issue 21: before the home screen, only its own words load; the other screens' words load when
 * start-up says home is drawn, or as soon as a screen waits for them — never not at all.
 */
import { describe, expect, it } from 'vitest';
import {
  initI18n,
  loadRestOfStrings,
  namespacesReady,
  NAMESPACES,
  prefetchStrings,
} from '../../src/i18n/i18n.ts';

describe('strings at start', () => {
  it('loads only home’s words first, the rest when a screen waits for them', async () => {
    const i18n = await initI18n('fr', { firstScreen: 'home' });
    expect(i18n.hasResourceBundle('fr', 'app')).toBe(true);
    for (const ns of NAMESPACES.filter((n) => n !== 'app'))
      expect(i18n.hasResourceBundle('fr', ns)).toBe(false);
    // Of `app`, only home's part (src/i18n/homeStrings.ts).
    expect(i18n.exists('home.start')).toBe(true);
    expect(i18n.exists('results.title')).toBe(false);

    await namespacesReady();
    expect(i18n.exists('results.title')).toBe(true);
    for (const ns of NAMESPACES) expect(i18n.hasResourceBundle('fr', ns)).toBe(true);
    expect(i18n.t('battery:report.root')).toBe(i18n.getResource('fr', 'battery', 'report.root'));
    expect(i18n.t('battery:report.root')).not.toBe('report.root');
  });

  it('does not fetch the rest by itself before home is drawn', async () => {
    const home = await initI18n('ur', { firstScreen: 'home' });
    // Another start that loads every Urdu namespace: once it has them, a load the first had
    // started on its own (asked for earlier, the same files) would have ended too.
    const all = await initI18n('ur');
    expect(all.hasResourceBundle('ur', 'share')).toBe(true);
    for (const ns of NAMESPACES.filter((n) => n !== 'app'))
      expect(home.hasResourceBundle('ur', ns)).toBe(false);
  });

  it('loads the rest when start-up says home is drawn', async () => {
    const i18n = await initI18n('es', { firstScreen: 'home' });
    expect(i18n.hasResourceBundle('es', 'plan')).toBe(false);
    loadRestOfStrings();
    await namespacesReady();
    expect(i18n.hasResourceBundle('es', 'plan')).toBe(true);
  });

  it('loads everything at once for any other first screen', async () => {
    const i18n = await initI18n('ar');
    for (const ns of NAMESPACES) expect(i18n.hasResourceBundle('ar', ns)).toBe(true);
  });

  it('uses strings fetched before the settings were read, whatever the guess', async () => {
    prefetchStrings('sw', { firstScreen: 'home' });
    prefetchStrings('xx' as 'en');
    const i18n = await initI18n('sw', { firstScreen: 'home' });
    expect(i18n.t('home.start')).toBe(i18n.getResource('sw', 'app', 'home.start'));
    expect(i18n.language).toBe('sw');
  });
});
