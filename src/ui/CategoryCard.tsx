/**
 * One category's level, how much was answered, and why: folded (details/summary) under its name and
 * level, open at first for the highest. Its id (`why-<category>`) is where a level on the first
 * screen leads.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ROLES,
  pickText,
  type Battery,
  type CategoryResult,
  type Role,
  type ScoredAnswer,
} from '../domain/index.ts';
import { LevelBadge, LevelIcon, useLevelWords } from './LevelBadge.tsx';
import { answerWords } from './answerWords.ts';
import { Chevron } from './Chevron.tsx';
import { useDrawnWhenOpen } from './drawnWhenOpen.ts';
import './results.css';

/** The card: its name and level always shown, the rest folded. */
function Folded({
  result,
  name,
  isOpen,
  children,
}: {
  result: CategoryResult;
  name: string;
  isOpen: boolean;
  children: ReactNode;
}) {
  const levelWords = useLevelWords();
  const { drawn, detailsProps, summaryProps } = useDrawnWhenOpen(isOpen);
  return (
    <article
      className={`card category-card level-${result.level}`}
      aria-labelledby={`cat-${result.category}`}
    >
      <details id={`why-${result.category}`} open={isOpen} {...detailsProps}>
        <summary className="category-summary" {...summaryProps}>
          <span className="summary-text">
            <h3 id={`cat-${result.category}`}>{name}</h3>
            <span className={`level-short level-${result.level}`}>
              <LevelIcon level={result.level} />{' '}
              {levelWords(result.level, { insufficient: result.insufficient })}
            </span>
          </span>
          <Chevron />
        </summary>
        {drawn && (
          <div className="category-body">
            {/* The level in full, with where it comes from (model 2). */}
            {result.kind && (
              <p>
                <LevelBadge level={result.level} kind={result.kind} insufficient={result.insufficient} />
              </p>
            )}
            {children}
          </div>
        )}
      </details>
    </article>
  );
}

export function CategoryCard({
  battery,
  result,
  isOpen = false,
}: {
  battery: Battery;
  result: CategoryResult;
  /** Open at first (the highest category). */
  isOpen?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const category = battery.categories.find((c) => c.id === result.category);
  const name = category ? pickText(category.name, lng, battery) : result.category;
  if (result.model === 2)
    return (
      <Folded result={result} name={name} isOpen={isOpen}>
        <CategoryCard2 battery={battery} result={result} />
      </Folded>
    );
  return (
    <Folded result={result} name={name} isOpen={isOpen}>
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
    </Folded>
  );
}

/** A part (0–1) in plain words. */
export function amountOf(part: number): 'none' | 'little' | 'some' | 'lot' {
  if (part <= 0) return 'none';
  if (part < 0.34) return 'little';
  if (part < 0.67) return 'some';
  return 'lot';
}

/**
 * Model 2: the level with where it comes from (what is done against her, or only what exposes
 * her), how much of each kind of question she answered, her own sense of danger first, the
 * answers that added risk, what protects her, and the three parts in plain words.
 */
function CategoryCard2({ battery, result }: { battery: Battery; result: CategoryResult }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const levelWords = useLevelWords();
  const coverage = result.roleCoverage;
  const self = result.selfRated;
  const drivers = result.drivers.filter((d) => d.indicatorId !== self?.indicatorId);
  const strengths = result.strengths ?? [];
  // A flagged answer in a category worded as exposure points to the steps above, without danger words.
  const flagMark = result.kind === 'exposure' ? t('results.seeAbove') : t('results.redFlag');
  const isFlagged = (d: ScoredAnswer) => (d.flags ?? []).length > 0;
  const answered = (role: Role) => (coverage?.[role].answered ?? 0) > 0;
  const shownParts = ROLES.filter(answered);
  const hasLevel = result.level !== 'insufficient';

  return (
    <>
      {coverage && (
        <ul className="hint role-coverage">
          {ROLES.filter((r) => coverage[r].asked > 0).map((r) => (
            <li key={r}>
              {t(`results.roleCoverage.${r}`, { answered: coverage[r].answered, total: coverage[r].asked })}
            </li>
          ))}
          {result.skipped > 0 && <li>{t('results.skipped', { count: result.skipped })}</li>}
        </ul>
      )}
      {result.insufficient === 'threats' && (
        <>
          <p>{t('results.insufficientThreatsText')}</p>
          {result.exposureOnly && (
            <div className="exposure-only">
              <p>
                <strong>{t('results.exposureOnly', { level: levelWords(result.exposureOnly) })}</strong>
              </p>
              <p className="hint">{t('results.exposureOnlyNote')}</p>
            </div>
          )}
        </>
      )}
      {result.insufficient === 'all' && <p>{t('results.insufficientText')}</p>}

      {(self || drivers.length > 0) && (
        <>
          <h4>{t('results.why')}</h4>
          {self && (
            <p className="self-rated">
              {t('results.selfRated', { choice: answerWords(battery, self, lng).choice })}
              {isFlagged(self) && <span className="flag"> {flagMark}</span>}
            </p>
          )}
          {drivers.length > 0 && (
            <ul className="drivers">
              {drivers.map((d) => {
                const words = answerWords(battery, d, lng);
                return (
                  <li key={d.indicatorId}>
                    {t('results.driver', { topic: words.topic, choice: words.choice })}
                    {isFlagged(d) ? (
                      <span className="flag"> {flagMark}</span>
                    ) : (
                      d.role !== 'context' && <span className="hint"> · {t(`results.role2.${d.role}`)}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
      {hasLevel && !self && drivers.length === 0 && <p>{t('results.noDrivers')}</p>}

      {strengths.length > 0 && (
        <>
          <h4>{t('results.protectsTitle')}</h4>
          <ul className="drivers strengths">
            {strengths.map((s) => {
              const words = answerWords(battery, s, lng);
              return (
                <li key={s.indicatorId}>
                  {t('results.driver', { topic: words.topic, choice: words.choice })}
                </li>
              );
            })}
          </ul>
        </>
      )}

      {hasLevel && shownParts.length > 0 && (
        <>
          <h4>{t('results.partsTitle')}</h4>
          <ul className="parts">
            {shownParts.map((r) => (
              <li key={r}>
                {t('results.partLine', {
                  part: t(`results.part.${r}`),
                  amount: t(`results.amount.${amountOf(result.parts[r])}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
