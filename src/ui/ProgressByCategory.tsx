/** Progress by category: five segments, each filled by the share answered, with words for screen readers. */
import { useTranslation } from 'react-i18next';
import { pickText, type Battery, type CategoryId } from '../domain/index.ts';
import type { CategoryProgress } from '../domain/index.ts';

export function ProgressByCategory({
  battery,
  progress,
  current,
}: {
  battery: Battery;
  progress: CategoryProgress[];
  current: CategoryId | undefined;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="progress" aria-label={t('assessment.progress')}>
      {progress.map((p) => {
        const category = battery.categories.find((c) => c.id === p.category);
        const name = category ? pickText(category.name, i18n.language, battery) : p.category;
        return (
          <li
            key={p.category}
            className={p.category === current ? 'current' : undefined}
            aria-current={p.category === current ? 'step' : undefined}
          >
            <span className="visually-hidden">
              {t('assessment.progressItem', { category: name, answered: p.answered, total: p.total })}
            </span>
            <span className="bar" aria-hidden="true">
              <span
                className="fill"
                style={{ inlineSize: `${(100 * p.answered) / Math.max(p.total, 1)}%` }}
              />
            </span>
          </li>
        );
      })}
    </ol>
  );
}
