/** One category's level, how much was answered, and why. */
import { useTranslation } from 'react-i18next';
import { pickText, type Battery, type CategoryResult } from '../domain/index.ts';
import { LevelBadge } from './LevelBadge.tsx';
import { answerWords } from './answerWords.ts';

export function CategoryCard({ battery, result }: { battery: Battery; result: CategoryResult }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const category = battery.categories.find((c) => c.id === result.category);
  const name = category ? pickText(category.name, lng, battery) : result.category;
  return (
    <article
      className={`card category-card level-${result.level}`}
      aria-labelledby={`cat-${result.category}`}
    >
      <div className="card-head">
        <h3 id={`cat-${result.category}`}>{name}</h3>
        <LevelBadge level={result.level} />
      </div>
      <p className="hint">
        {t('results.coverage', { answered: result.answered, total: result.total })}
        {result.skipped > 0 && ` ${t('results.skipped', { count: result.skipped })}`}
      </p>
      {result.level === 'insufficient' && <p>{t('results.insufficientText')}</p>}
      {result.drivers.length > 0 && (
        <>
          <h4>{t('results.why')}</h4>
          <ul className="drivers">
            {result.drivers.map((d) => {
              const words = answerWords(battery, d, lng);
              return (
                <li key={d.indicatorId}>
                  {t('results.driver', { topic: words.topic, choice: words.choice })}
                  {d.redFlag && <span className="flag"> {t('results.redFlag')}</span>}
                  {!d.redFlag && <span className="hint"> · {t(`roles.${d.role}`)}</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {result.level !== 'insufficient' && result.drivers.length === 0 && <p>{t('results.noDrivers')}</p>}
    </article>
  );
}
