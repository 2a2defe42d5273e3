/**
 * The first screen of a result, made to fit a 360 × 740 phone without scrolling: a calm line
 * leading to the crisis box when there is one (it is never hidden, and it comes first), the five
 * levels with where each comes from, and one line leading to the urgent steps when something fired.
 * Each line moves focus to what it names; a level opens its "why" below.
 */
import { useTranslation } from 'react-i18next';
import { pickText, type AssessmentResult, type Battery, type Recommendations } from '../domain/index.ts';
import { Chevron } from './Chevron.tsx';
import { LevelIcon, useLevelWords } from './LevelBadge.tsx';
import { hasUrgentSteps } from './UrgentSteps.tsx';
import './results.css';

/**
 * Runs `act` on the element with `id` once it is in the page: what follows the first screen is drawn
 * just after it (ResultBody), so a tap that comes sooner waits for it, a second at most.
 */
function whenDrawn(id: string, act: (element: HTMLElement) => void, frames = 60): void {
  const element = document.getElementById(id);
  if (element) act(element);
  else if (frames > 0) requestAnimationFrame(() => whenDrawn(id, act, frames - 1));
}

/** Brings an element into view, under the sticky header (see scroll-margin), and gives it focus. */
export function moveFocusTo(id: string): void {
  whenDrawn(id, (target) => {
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });
}

/** Opens a category's "why" below and moves focus to it. */
function openWhy(category: string): void {
  whenDrawn(`why-${category}`, (details) => {
    if (details instanceof HTMLDetailsElement) details.open = true;
    const summary = details.querySelector('summary');
    if (!summary) return;
    summary.scrollIntoView({ block: 'start' });
    summary.focus({ preventScroll: true });
  });
}

export function AtAGlance({
  battery,
  result,
  recommendations,
}: {
  battery: Battery;
  result: AssessmentResult;
  recommendations: Recommendations;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const levelWords = useLevelWords();
  const crisis = recommendations.urgent?.crisis;
  const crisisBlock = crisis ? battery.guidance?.find((g) => g.id === crisis.block) : undefined;
  const nameOf = (id: string) => {
    const category = battery.categories.find((c) => c.id === id);
    return category ? pickText(category.name, lng, battery) : id;
  };
  // Led by the highest (DESIGN.md §3): the order of the result.
  const categoriesInOrder = result.order.flatMap((c) => result.categories.filter((x) => x.category === c));

  return (
    <div className="first-screen">
      {crisisBlock && (
        <div className="crisis-lead">
          <p>
            <strong>
              <bdi>{pickText(crisisBlock.title, lng, battery)}</bdi>
            </strong>{' '}
            <bdi>{pickText(crisisBlock.intro, lng, battery)}</bdi>{' '}
            <button type="button" className="inline-link" onClick={() => moveFocusTo('crisis-title')}>
              {t('results.crisisLead')}
            </button>
          </p>
        </div>
      )}

      <section className="at-a-glance" aria-labelledby="levels-title">
        <h2 id="levels-title" className="visually-hidden">
          {t('results.levelsTitle')}
        </h2>
        <ul className="level-rows">
          {categoriesInOrder.map((c) => (
            <li key={c.category}>
              <button
                type="button"
                className={`level-row level-${c.level}`}
                onClick={() => openWhy(c.category)}
              >
                <LevelIcon level={c.level} />
                <span className="level-row-text">
                  <span className="level-row-name">
                    <bdi>{nameOf(c.category)}</bdi>
                  </span>
                  <span className="level-row-level">
                    {levelWords(c.level, { kind: c.kind, insufficient: c.insufficient })}
                  </span>
                </span>
                <Chevron />
              </button>
            </li>
          ))}
        </ul>
      </section>

      {hasUrgentSteps(result, recommendations) && (
        <button type="button" className="urgent-lead" onClick={() => moveFocusTo('urgent-title')}>
          <span className="summary-text">
            <span>
              {t('results.urgentLead')} <span className="go">{t('results.urgentLeadButton')}</span>
            </span>
          </span>
          <Chevron />
        </button>
      )}
    </div>
  );
}
