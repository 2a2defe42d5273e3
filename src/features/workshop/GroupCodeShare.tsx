/**
 * At the end of a practice session: "Add my levels to the group picture". She first sees exactly
 * what the code holds (the question set, the form, her five levels and a random one-time value);
 * only when she chooses does her phone show it, as a QR code with a short code to type under it.
 * Nothing is sent or saved: the trainer's camera reads it from her screen. The one-time value is
 * drawn once per practice result, so showing it again gives the same code (counted once).
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CATEGORY_IDS,
  pickText,
  score,
  type Answers,
  type Battery,
  GROUP_ALPHABET,
  NONCE_LENGTH,
  groupCodeOf,
  groupedCode,
  qrText,
  typedCode,
} from '../../domain/index.ts';
import { levelWords } from './groupWords.ts';

// The QR drawing loads when she chooses to show her code.
const QrCode = lazy(() => import('../../ui/QrCode.tsx').then((m) => ({ default: m.QrCode })));

/** The one-time value: five random symbols (32 divides 256, so each symbol is uniform). */
function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(NONCE_LENGTH));
  return Array.from(bytes, (b) => GROUP_ALPHABET.charAt(b % 32)).join('');
}

export function GroupCodeShare({
  battery,
  formId,
  answers,
}: {
  battery: Battery;
  formId: string;
  answers: Answers;
}) {
  const { t, i18n } = useTranslation(['workshop', 'app']);
  const [isShown, setShown] = useState(false);
  const code = useMemo(
    () => groupCodeOf(battery, formId, score(battery, answers, formId).categories, randomNonce()),
    [battery, formId, answers],
  );
  const text = (x: Parameters<typeof pickText>[0]) => pickText(x, i18n.language, battery);
  const typed = groupedCode(typedCode(code));

  return (
    <section className="card stack group-share" aria-labelledby="group-share-title">
      <h2 id="group-share-title">{t('group.shareTitle')}</h2>
      <p>{t('group.shareText')}</p>
      <h3 id="group-holds-title">{t('group.holdsTitle')}</h3>
      <ul className="group-holds" aria-labelledby="group-holds-title">
        <li>
          {t('group.holdsSet', {
            title: text(battery.title),
            version: battery.version,
            form: t(`app:forms.${code.form}`),
          })}
        </li>
        <li>
          {t('group.holdsLevels')}
          <ul>
            {CATEGORY_IDS.map((c) => {
              const category = battery.categories.find((x) => x.id === c);
              return (
                <li key={c}>
                  <bdi>{category ? text(category.name) : c}</bdi>: {levelWords(t, code.levels[c])}
                </li>
              );
            })}
          </ul>
        </li>
        <li>{t('group.holdsNonce')}</li>
      </ul>
      <p className="hint">{t('group.holdsNot')}</p>
      {!isShown ? (
        <button type="button" className="button primary" onClick={() => setShown(true)}>
          {t('group.show')}
        </button>
      ) : (
        <div className="stack group-code">
          <Suspense fallback={null}>
            <QrCode text={qrText(code)} label={t('group.qrLabel')} />
          </Suspense>
          <p>
            {t('group.typeInstead')}{' '}
            <code className="typed-code" dir="ltr" translate="no">
              {typed}
            </code>
          </p>
          <button type="button" className="button" onClick={() => setShown(false)}>
            {t('group.hide')}
          </button>
        </div>
      )}
    </section>
  );
}
