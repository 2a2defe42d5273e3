/**
 * One step of answering, shared by a real assessment and a practice session: progress by
 * category, then a category's introduction or one question with its help, its answers and
 * "Prefer not to say". The caller keeps the answers (stored, or in memory only) and the last step.
 *
 * Model 2: the steps change as she answers (follow-ups appear and disappear); the first questions
 * (about her situation, before any category) are counted apart from the categories; a hard
 * question may carry a gentle line, shown before it and read with its heading.
 */
import { useTranslation } from 'react-i18next';
import { awaitsTextsIn, pickText, SKIPPED, type Answers, type Battery, type Text } from '../domain/index.ts';
import { ScreenTitle } from './ScreenTitle.tsx';
import { progressByCategory, type AnswerCounts, type Step } from '../domain/index.ts';
import { ProgressByCategory } from './ProgressByCategory.tsx';

export function QuestionStep({
  battery,
  steps,
  index,
  answers,
  isBusy = false,
  skipReminder,
  onAnswer,
}: {
  battery: Battery;
  steps: Step[];
  index: number;
  answers: Answers;
  /** While an answer is being saved, the buttons wait. */
  isBusy?: boolean;
  /** The line under a category's introduction about skipping. */
  skipReminder: string;
  onAnswer: (indicatorId: string, value: string) => void;
}) {
  const { t, i18n } = useTranslation('app');
  const text = (x: Text) => pickText(x, i18n.language, battery);
  const step = steps[index];
  // The first questions, before any category's introduction, belong to no part of the progress.
  const firstIntro = steps.findIndex((s) => s.type !== 'question');
  const leadCount = firstIntro < 0 ? 0 : firstIntro;
  const isLead = step?.type === 'question' && index < leadCount;
  const progress = progressByCategory(steps.slice(leadCount), answers);
  const category =
    !step || step.type === 'finish' || isLead
      ? undefined
      : battery.categories.find((c) => c.id === step.category);
  const categoryProgress = progress.find((p) => p.category === category?.id);
  const questionNumber =
    step?.type === 'question'
      ? isLead
        ? index + 1
        : steps
            .slice(leadCount, index + 1)
            .filter((s) => s.type === 'question' && s.category === step.category).length
      : 0;
  const care = step?.type === 'question' ? step.indicator.care : undefined;

  return (
    <>
      {awaitsTextsIn(battery, i18n.language) && (
        <p className="notice texts-not-here">{t('assessment.textsNotHere')}</p>
      )}
      <ProgressByCategory battery={battery} progress={progress} current={category?.id} />

      {step?.type === 'intro' && category && (
        <section className="stack category-intro">
          <p className="eyebrow">{t('assessment.part', { count: categoryProgress?.total ?? 0 })}</p>
          <ScreenTitle focusKey={index}>
            <bdi>{text(category.name)}</bdi>
          </ScreenTitle>
          <p className="lead">
            <bdi>{text(category.intro)}</bdi>
          </p>
          <p className="hint">{skipReminder}</p>
        </section>
      )}

      {step?.type === 'question' && (category || isLead) && (
        <section className="stack question" aria-describedby="question-position">
          <p className="eyebrow" id="question-position">
            {category
              ? t('assessment.questionOf', {
                  category: text(category.name),
                  current: questionNumber,
                  total: categoryProgress?.total ?? 0,
                })
              : t('assessment.firstQuestions', { current: questionNumber, total: leadCount })}
          </p>
          {care && (
            <p className="notice care-note" id="care-note">
              <bdi>{text(care)}</bdi>
            </p>
          )}
          <ScreenTitle focusKey={index} describedBy={care ? 'care-note' : undefined}>
            <bdi>{text(step.indicator.question)}</bdi>
          </ScreenTitle>
          {step.indicator.help && (
            <details className="help">
              <summary>{t('assessment.whatDoesThisMean')}</summary>
              <p>
                <bdi>{text(step.indicator.help)}</bdi>
              </p>
            </details>
          )}
          <div className="answers" role="group" aria-label={t('assessment.answers')}>
            {battery.scales
              .find((s) => s.id === step.indicator.scale)
              ?.options.map((option) => (
                <button
                  key={option.id}
                  type="button"
                  className="answer"
                  aria-pressed={answers[step.indicator.id] === option.id}
                  disabled={isBusy}
                  onClick={() => onAnswer(step.indicator.id, option.id)}
                >
                  {text(option.label)}
                </button>
              ))}
            <button
              type="button"
              className="answer answer-skip"
              aria-pressed={answers[step.indicator.id] === SKIPPED}
              disabled={isBusy}
              onClick={() => onAnswer(step.indicator.id, SKIPPED)}
            >
              {t('assessment.preferNotToSay')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}

/**
 * At the end: how many she answered and how many she preferred not to say, counted as the results
 * count them ("You answered 9 of 10 questions. 1 preferred not to say.").
 */
export function FinishCounts({ counts }: { counts: AnswerCounts }) {
  const { t } = useTranslation('app');
  return (
    <p className="finish-counts" data-testid="finish-counts">
      {t('assessment.countsAnswered', { answered: counts.answered, total: counts.total })}
      {counts.skipped > 0 && ` ${t('assessment.countsSkipped', { count: counts.skipped })}`}
    </p>
  );
}
