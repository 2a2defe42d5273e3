/** "How is this worked out?": the model and the formula in plain words, with the battery's own numbers. */
import { useTranslation } from 'react-i18next';
import { pickText, type Battery, type Scoring2 } from '../../domain/index.ts';
import { loadCurrentBattery } from '../../services/batteries.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { formatPercent } from '../../i18n/format.ts';
import { Pending } from '../../ui/Pending.tsx';

export default function HowItWorksPage() {
  const [state] = useAsync(() => loadCurrentBattery(), []);
  if (state.status !== 'ready') return <Pending state={state} />;
  return <HowItWorks battery={state.value} />;
}

/** The explanation for one battery: model 1 (1.0.0) as it always was, or model 2. */
export function HowItWorks({ battery }: { battery: Battery }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const scoring = battery.scoring;
  const pct = (x: number) => formatPercent(x, lng);
  return (
    <div className="stack how">
      <ScreenTitle>{t('how.title')}</ScreenTitle>
      <p className="notice">{t('results.notAPrediction')}</p>
      <h2>{t('how.modelTitle')}</h2>
      {scoring.model === 2 ? (
        <>
          <p>{t('how.model2')}</p>
          <ul>
            <li>{t('how.threat2')}</li>
            <li>{t('how.vulnerability2')}</li>
            <li>{t('how.capacity2')}</li>
            <li>{t('how.context')}</li>
          </ul>
        </>
      ) : (
        <>
          <p>{t('how.model')}</p>
          <ul>
            <li>{t('how.threat')}</li>
            <li>{t('how.vulnerability')}</li>
            <li>{t('how.capacity')}</li>
          </ul>
        </>
      )}
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
      {scoring.model === 2 && <HowModel2 battery={battery} scoring={scoring} />}
      <p>{t('how.noAverage')}</p>
      <h2>{t('how.sourcesTitle')}</h2>
      <p>{t('how.sources')}</p>
      <p className="hint">
        {t('how.battery', { title: pickText(battery.title, lng, battery), version: battery.version })}
      </p>
    </div>
  );
}

/** Model 2 in plain words, with this battery's numbers and the list of its red flags. */
function HowModel2({ battery, scoring }: { battery: Battery; scoring: Scoring2 }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const pct = (x: number) => formatPercent(x, lng);
  // How much threat-driven risk also counts on the exposure scale (when the battery says).
  const withThreat = (scoring as { exposureWithThreat?: number }).exposureWithThreat;
  return (
    <>
      <p>{t('how.threats2', { rate: pct(scoring.threat.bonusRate), cap: pct(scoring.threat.bonusCap) })}</p>
      <p>
        {t('how.multiplier2', {
          up: pct(scoring.multiplier.vulnerability),
          down: pct(scoring.multiplier.capacity),
        })}
      </p>
      <p>{t('how.bands2', { moderate: pct(scoring.bands.moderate), high: pct(scoring.bands.high) })}</p>
      <p>
        {t('how.exposure2', {
          moderate: pct(scoring.exposureBands.moderate),
          high: pct(scoring.exposureBands.high),
        })}
        {withThreat !== undefined && ` ${t('how.exposureWithThreat2', { share: pct(withThreat) })}`}
      </p>
      <p>{t('how.flags2')}</p>
      <ul>
        {(battery.flags ?? []).map((f) => (
          <li key={f.id}>
            <bdi>{pickText(f.summary, lng, battery)}</bdi>
          </li>
        ))}
      </ul>
      <p>{t('how.skips2', { coverage: pct(scoring.minThreatCoverage) })}</p>
      <p>{t('how.why2')}</p>
    </>
  );
}
