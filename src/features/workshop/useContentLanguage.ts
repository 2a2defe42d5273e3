/**
 * The language of what a trainer shows or prints (slides, handouts), which may differ from the
 * app's own: its strings and the battery's texts in it load on demand, and the app's language
 * does not change. Opening slides
 * or handouts keeps every language on the device, for a workshop with no connection.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { loadLanguage } from '../../i18n/i18n.ts';
import { wantBatteryTexts } from '../../services/batteryLanguages.ts';
import { keepAllLanguagesOffline } from '../../i18n/offlineLanguages.ts';
import { directionOf, isLanguage, type LanguageCode } from '../../i18n/languages.ts';

export interface ContentLanguage {
  /** The language whose strings are loaded and shown. */
  lng: LanguageCode;
  dir: 'ltr' | 'rtl';
  /** Workshop strings by default; `app:` and `battery:` keys by prefix. */
  t: TFunction;
  choose: (lng: LanguageCode) => void;
}

export function useContentLanguage(): ContentLanguage {
  const { i18n } = useTranslation();
  const appLanguage: LanguageCode = isLanguage(i18n.language) ? i18n.language : 'en';
  const [wanted, setWanted] = useState<LanguageCode>(appLanguage);
  const [ready, setReady] = useState<LanguageCode>(appLanguage);
  // A trainer may show slides or handouts in any language at a workshop with no connection.
  useEffect(() => void keepAllLanguagesOffline(), []);
  useEffect(() => {
    let isCurrent = true;
    // Its strings and the battery's texts in it (English texts where those cannot be fetched).
    void Promise.all([loadLanguage(i18n, wanted), wantBatteryTexts(wanted)])
      .then(() => isCurrent && setReady(wanted))
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [i18n, wanted]);
  const t = useMemo(() => i18n.getFixedT(ready, ['workshop', 'app']), [i18n, ready]);
  return { lng: ready, dir: directionOf(ready), t, choose: setWanted };
}
