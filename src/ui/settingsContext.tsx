/** The settings, loaded once at start, shared with every screen, saved on change. */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { updateSettings, type Settings } from '../services/settings.ts';
import { wantBatteryTexts } from '../services/batteryLanguages.ts';
import { changeLanguage, loadLanguage, rememberChosenLanguage } from '../i18n/i18n.ts';
import type { LanguageCode } from '../i18n/languages.ts';

interface SettingsValue {
  settings: Settings;
  update: (change: Partial<Settings>) => Promise<void>;
  setLanguage: (lng: LanguageCode) => Promise<void>;
}

const SettingsContext = createContext<SettingsValue | null>(null);

export function SettingsProvider({ initial, children }: { initial: Settings; children: ReactNode }) {
  const [settings, setSettings] = useState(initial);
  const { i18n } = useTranslation();

  // Shown at once, saved right after; if saving fails the screen goes back to what is stored.
  const update = useCallback(async (change: Partial<Settings>) => {
    let before: Settings | undefined;
    setSettings((s) => {
      before = s;
      return { ...s, ...change };
    });
    try {
      await updateSettings(change);
    } catch (error) {
      if (before) setSettings(before);
      throw error;
    }
  }, []);

  // Her last choice wins: a language still loading (from the network, the first time) does not
  // replace one she chose after it.
  const latest = useRef(0);
  const setLanguage = useCallback(
    async (lng: LanguageCode) => {
      const mine = ++latest.current;
      await loadLanguage(i18n, lng);
      // The questions and actions in her language too (English where they cannot be fetched).
      await wantBatteryTexts(lng);
      if (mine !== latest.current) return;
      await changeLanguage(i18n, lng);
      await update({ language: lng });
      rememberChosenLanguage(lng);
    },
    [i18n, update],
  );

  const value = useMemo(() => ({ settings, update, setLanguage }), [settings, update, setLanguage]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}
