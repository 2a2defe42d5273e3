/**
 * One step of answering, shared by a real assessment and a practice session: progress by
 * category, then a category's introduction or one question with its help, its answers and
 * "Prefer not to say". The caller keeps the answers (stored, or in memory only) and the last step.
 */
import { useTranslation } from 'react-i18next';
import { pickText, SKIPPED, type Answers, type Battery, type Text } from '../domain/index.ts';
import { ScreenTitle } from './ScreenTitle.tsx';
import { progressByCategory, type Step } from '../domain/index.ts';
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
  const progress = progressByCategory(steps, answers);
  const category =
    !step || step.type === 'finish' ? undefined : battery.categories.find((c) => c.id === step.category);
  const categoryProgress = progress.find((p) => p.category === category?.id);
  const questionNumber =
    step?.type === 'question'
      ? steps.slice(0, index + 1).filter((s) => s.type === 'question' && s.category === step.category).length
      : 0;

  return (
    <>
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

      {step?.type === 'question' && category && (
        <section className="stack question" aria-describedby="question-position">
          <p className="eyebrow" id="question-position">
            {t('assessment.questionOf', {
              category: text(category.name),
              current: questionNumber,
              total: categoryProgress?.total ?? 0,
            })}
          </p>
          <ScreenTitle focusKey={index}>
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
