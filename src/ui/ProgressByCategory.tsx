/**
 * Progress by category: five segments, each filled by the share answered and, apart (lighter,
 * striped), the share she preferred not to say; with words for screen readers that count them as
 * the results do: "9 of 10 answered, 1 preferred not to say".
 */
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
              {p.skipped > 0
                ? t('assessment.progressWithSkips', {
                    category: name,
                    answered: p.answered,
                    total: p.total,
                    count: p.skipped,
                  })
                : t('assessment.progressItem', { category: name, answered: p.answered, total: p.total })}
            </span>
            <span className="bar" aria-hidden="true">
              <span
                className="fill"
                style={{ inlineSize: `${(100 * p.answered) / Math.max(p.total, 1)}%` }}
              />
              {p.skipped > 0 && (
                <span
                  className="fill skipped"
                  style={{ inlineSize: `${(100 * p.skipped) / Math.max(p.total, 1)}%` }}
                />
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
