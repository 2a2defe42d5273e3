/**
 * The empty shell the benchmark compares the app to (bench/shell.ts): a page that loads the same
 * libraries as the app's first load — React, React DOM, i18next, react-i18next, Dexie and
 * zod/mini, each really used so none is left out of the bundle — and renders one heading, nothing
 * else. Its service worker precaches it, so its offline cold start can be measured like the app's.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { Dexie } from 'dexie';
import * as z from 'zod/mini';

z.config({ jitless: true });
const Row = z.object({ key: z.string(), value: z.unknown() });

function Heading() {
  const { t } = useTranslation();
  return <h1>{t('name')}</h1>;
}

async function start(): Promise<void> {
  const db = new Dexie('empty-shell');
  db.version(1).stores({ settings: '&key' });
  const rows = (await db.table('settings').toArray()).filter((r) => Row.safeParse(r).success);
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { translation: { name: 'Secure, Here and Now' } } },
    interpolation: { escapeValue: false },
  });
  const root = document.getElementById('root');
  if (!root) return;
  root.dataset.rows = String(rows.length);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18next}>
        <Heading />
      </I18nextProvider>
    </StrictMode>,
  );
  if ('serviceWorker' in navigator) void navigator.serviceWorker.register('./sw.js');
}

void start();
