/** "How is this worked out?": the model and the formula in plain words, with the battery's own numbers. */
import { useTranslation } from 'react-i18next';
import { pickText } from '../../domain/index.ts';
import { loadCurrentBattery } from '../../services/batteries.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { formatPercent } from '../../i18n/format.ts';
import { Pending } from '../../ui/Pending.tsx';

export default function HowItWorksPage() {
  const { t, i18n } = useTranslation();
  const [state] = useAsync(() => loadCurrentBattery(), []);
  const lng = i18n.language;
  if (state.status !== 'ready') return <Pending state={state} />;
  const battery = state.value;
  const scoring = battery.scoring;
  const pct = (x: number) => formatPercent(x, lng);
  return (
    <div className="stack how">
      <ScreenTitle>{t('how.title')}</ScreenTitle>
      <p className="notice">{t('results.notAPrediction')}</p>
      <h2>{t('how.modelTitle')}</h2>
      <p>{t('how.model')}</p>
      <ul>
        <li>{t('how.threat')}</li>
        <li>{t('how.vulnerability')}</li>
        <li>{t('how.capacity')}</li>
      </ul>
      <h2>{t('how.categoriesTitle')}</h2>
      <ul>
        {battery.categories.map((c) => (
          <li key={c.id}>{pickText(c.name, lng, battery)}</li>
        ))}
      </ul>
      <h2>{t('how.formulaTitle')}</h2>
      {scoring.model !== 2 && (
        <>
          <p>{t('how.parts')}</p>
          <p>
            {t('how.weights', {
              threat: pct(scoring.roleWeights.threat),
              vulnerability: pct(scoring.roleWeights.vulnerability),
              capacity: pct(scoring.roleWeights.capacity),
            })}
          </p>
          <p>
            {t('how.bands', {
              moderate: pct(scoring.bands.moderate),
              high: pct(scoring.bands.high),
              severe: pct(scoring.bands.severe),
            })}
          </p>
          <p>{t('how.redFlags')}</p>
          <p>{t('how.skips', { coverage: pct(scoring.minCoverage) })}</p>
        </>
      )}
      <p>{t('how.noAverage')}</p>
      <h2>{t('how.sourcesTitle')}</h2>
      <p>{t('how.sources')}</p>
      <p className="hint">
        {t('how.battery', { title: pickText(battery.title, lng, battery), version: battery.version })}
      </p>
    </div>
  );
}
