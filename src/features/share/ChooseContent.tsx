/**
 * Step one of sending a summary: she ticks what goes in — levels, the answers that concern her
 * most, a note, her plan, who can help — and sees exactly what will be shared before anything is
 * locked.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FROM_MAX,
  isSummaryEmpty,
  NOTE_MAX,
  REACH_MAX,
  pickText,
  type Battery,
  type CategoryResult,
  type ScoredAnswer,
  type Summary,
} from '../../domain/index.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { SummaryView } from './SummaryView.tsx';

/** What she ticks on this step. Her plan goes in only as she ticks it, her notes on it likewise. */
export interface ContentChoices {
  /** Categories whose level she shares. */
  levels: string[];
  /** Indicator ids of the concerns she shares. */
  concerns: string[];
  note: string;
  /** The name she gives for herself, shown at the top of her contact's view. */
  from: string;
  /** How her contact can reach her safely, in her words. */
  reach: string;
  hasPlan: boolean;
  hasRoutines: boolean;
  hasPlanNotes: boolean;
  /** Who can help: the organisations of the app's directory that fit her urgent steps. */
  hasSupport: boolean;
  /** Who can help: her local contacts (from packs she loaded) that fit them. */
  hasLocalSupport: boolean;
}

/** An answer that weighs on a level, in her words. */
export interface Driver {
  answer: ScoredAnswer;
  category: string;
  topic: string;
  choice: string;
}

function toggled(list: string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

export function ChooseContent({
  battery,
  categories,
  drivers,
  plan,
  support,
  choices,
  onChange,
  summary,
  onNext,
}: {
  battery: Battery;
  categories: readonly CategoryResult[];
  drivers: readonly Driver[];
  /** How many actions and routines her plan holds, and whether she wrote a note on any. */
  plan: { actions: number; routines: number; hasAnyNote: boolean };
  /** How many services that fit her urgent steps could go in, from the app's directory and her packs. */
  support: { shipped: number; local: number };
  choices: ContentChoices;
  onChange: (change: Partial<ContentChoices>) => void;
  /** The summary as these choices make it. */
  summary: Summary;
  onNext: () => void;
}) {
  const { t, i18n } = useTranslation();
  const {
    levels,
    concerns,
    note,
    from,
    reach,
    hasPlan,
    hasRoutines,
    hasPlanNotes,
    hasSupport,
    hasLocalSupport,
  } = choices;
  const isEmpty = isSummaryEmpty(summary);
  const id = useId();
  const categoryName = (id: string) => {
    const c = battery.categories.find((x) => x.id === id);
    return c ? pickText(c.name, i18n.language, battery) : id;
  };
  return (
    <div className="stack">
      <ScreenTitle focusKey="choose">{t('share:send.title')}</ScreenTitle>
      <p className="lead">{t('share:send.lead')}</p>
      <fieldset className="choices">
        <legend>{t('share:send.levels')}</legend>
        {categories.map((c) => (
          <label key={c.category} className="choice">
            <input
              type="checkbox"
              checked={levels.includes(c.category)}
              onChange={() => onChange({ levels: toggled(levels, c.category) })}
            />
            <span>
              {categoryName(c.category)}
              <span className="hint">{t(`levels.${c.level}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {drivers.length > 0 && (
        <fieldset className="choices">
          <legend>{t('share:send.concerns')}</legend>
          <p className="hint">{t('share:send.concernsHint')}</p>
          {drivers.map((d) => (
            <label key={d.answer.indicatorId} className="choice">
              <input
                type="checkbox"
                checked={concerns.includes(d.answer.indicatorId)}
                onChange={() => onChange({ concerns: toggled(concerns, d.answer.indicatorId) })}
              />
              <span>
                {t('results.driver', { topic: d.topic, choice: d.choice })}
                <span className="hint">{categoryName(d.category)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <label className="field">
        <span>{t('share:send.note')}</span>
        <textarea
          autoComplete="off"
          value={note}
          maxLength={NOTE_MAX}
          rows={4}
          onChange={(e) => onChange({ note: e.target.value })}
        />
      </label>
      {plan.actions + plan.routines > 0 && (
        <fieldset className="choices">
          <legend>{t('share:send.plan')}</legend>
          <p className="hint">{t('share:send.planHint')}</p>
          {plan.actions > 0 && (
            <label className="choice">
              <input type="checkbox" checked={hasPlan} onChange={() => onChange({ hasPlan: !hasPlan })} />
              <span>{t('share:send.planActions')}</span>
            </label>
          )}
          {plan.routines > 0 && (
            <label className="choice">
              <input
                type="checkbox"
                checked={hasRoutines}
                onChange={() => onChange({ hasRoutines: !hasRoutines })}
              />
              <span>{t('share:send.planRoutines')}</span>
            </label>
          )}
          {(hasPlan || hasRoutines) && plan.hasAnyNote && (
            <label className="choice">
              <input
                type="checkbox"
                checked={hasPlanNotes}
                onChange={() => onChange({ hasPlanNotes: !hasPlanNotes })}
              />
              <span>
                {t('share:send.planNotes')}
                <span className="hint">{t('share:send.planNotesHint')}</span>
              </span>
            </label>
          )}
        </fieldset>
      )}
      {support.shipped + support.local > 0 && (
        <fieldset className="choices" data-testid="share-support">
          <legend>{t('share:send.support')}</legend>
          <p className="hint">{t('share:send.supportHint')}</p>
          {support.shipped > 0 && (
            <label className="choice">
              <input
                type="checkbox"
                checked={hasSupport}
                onChange={() => onChange({ hasSupport: !hasSupport })}
              />
              <span>
                {t('share:send.supportShipped', { number: support.shipped })}
                <span className="hint">{t('share:send.supportShippedHint')}</span>
              </span>
            </label>
          )}
          {support.local > 0 && (
            <label className="choice">
              <input
                type="checkbox"
                checked={hasLocalSupport}
                onChange={() => onChange({ hasLocalSupport: !hasLocalSupport })}
              />
              <span>
                {t('share:send.supportLocal', { number: support.local })}
                <span className="hint">{t('share:send.supportLocalHint')}</span>
              </span>
            </label>
          )}
        </fieldset>
      )}
      <fieldset className="choices about-me">
        <legend>{t('share:send.aboutMe')}</legend>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('share:send.from')}</label>
          <span className="hint" id={`${id}-from-hint`}>
            {t('share:send.fromHint')}
          </span>
          <input
            id={`${id}-from`}
            type="text"
            autoComplete="off"
            value={from}
            maxLength={FROM_MAX}
            aria-describedby={`${id}-from-hint`}
            onChange={(e) => onChange({ from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-reach`}>{t('share:send.reach')}</label>
          <span className="hint" id={`${id}-reach-hint`}>
            {t('share:send.reachHint')}
          </span>
          <textarea
            id={`${id}-reach`}
            autoComplete="off"
            value={reach}
            maxLength={REACH_MAX}
            rows={2}
            aria-describedby={`${id}-reach-hint`}
            onChange={(e) => onChange({ reach: e.target.value })}
          />
        </div>
      </fieldset>
      <h2>{t('share:send.preview')}</h2>
      <p className="hint">{t('share:send.previewHint')}</p>
      <SummaryView summary={summary} headingLevel={3} />
      <details className="exact-text">
        <summary>{t('share:send.exactText')}</summary>
        <pre tabIndex={0}>{JSON.stringify(summary, null, 2)}</pre>
      </details>
      <button type="button" className="button primary" disabled={isEmpty} onClick={onNext}>
        {t('share:send.next')}
      </button>
      {isEmpty && <p className="hint">{t('share:send.empty')}</p>}
    </div>
  );
}
