/**
 * The assessment: one question per screen. Every answer is saved the moment it is given, with
 * where she is, so a reload, a crash or an update brings her back to the same question (P3).
 * With a model-2 battery the questions asked depend on her answers: a follow-up appears when what
 * opens it is answered, and the question on screen stays the same while the list changes.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Battery } from '../../domain/index.ts';
import { loadAssessment, saveAnswer, savePosition, type Assessment } from '../../services/assessments.ts';
import { requestPersistence } from '../../services/persistence.ts';
import { finishAssessment } from '../../services/results.ts';
import { useRouter } from '../../ui/navigation.tsx';
import { useSettings } from '../../ui/settingsContext.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Pending } from '../../ui/Pending.tsx';
import { answerCounts, buildSteps, formUse, modelOf, type Step } from '../../domain/index.ts';
import { FinishCounts, QuestionStep } from '../../ui/QuestionStep.tsx';
import { indexOfStep, stepAfterAnswer, stepKey } from '../../ui/adaptiveSteps.ts';

export default function AssessmentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [state, reload] = useAsync(() => loadAssessment(id), [id]);

  if (state.status !== 'ready') {
    return (
      <Pending state={state} title={t('assessment.loadErrorTitle')} onRetry={reload}>
        <p>{t('assessment.answersKept')}</p>
      </Pending>
    );
  }
  if (!state.value) return <NotFound />;
  return <Questionnaire battery={state.value.battery} initial={state.value.assessment} />;
}

function NotFound() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  return (
    <div className="stack">
      <ScreenTitle>{t('assessment.notFound')}</ScreenTitle>
      <button type="button" className="button primary" onClick={() => navigate({ name: 'home' })}>
        {t('app.home')}
      </button>
    </div>
  );
}

function Questionnaire({ battery, initial }: { battery: Battery; initial: Assessment }) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const { settings, update } = useSettings();
  const formId = initial.formId;
  const [assessment, setAssessment] = useState(initial);
  const steps = useMemo(
    () => buildSteps(battery, formId, assessment.answers),
    [battery, formId, assessment.answers],
  );
  // Where she is, by the step's identity: a follow-up added or removed never moves her.
  const [current, setCurrent] = useState(() =>
    stepKey(steps[Math.min(Math.max(initial.position, 0), steps.length - 1)]),
  );
  const index = indexOfStep(steps, current, initial.position);
  const [error, setError] = useState<unknown>();
  const [isSaving, setSaving] = useState(false);
  const step: Step = steps[index] ?? { type: 'finish' };
  const formNotice = useFormFallbackNotice(battery, formId, current);

  const go = (next: number) => {
    const target = Math.min(Math.max(next, 0), steps.length - 1);
    setCurrent(stepKey(steps[target]));
    setError(undefined);
    void savePosition(assessment.id, target).catch(() => undefined);
    window.scrollTo(0, 0);
  };

  const answer = async (indicatorId: string, value: string) => {
    if (isSaving) return;
    setSaving(true);
    setError(undefined);
    try {
      const answers = { ...assessment.answers, [indicatorId]: value };
      const after = stepAfterAnswer(battery, formId, answers, current, index);
      const saved = await saveAnswer(assessment.id, indicatorId, value, after.next);
      setAssessment(saved);
      setCurrent(stepKey(after.steps[after.next]));
      window.scrollTo(0, 0);
      if (settings.persistence === 'unknown') {
        void requestPersistence()
          .then((persistence) => update({ persistence }))
          .catch(() => undefined);
      }
    } catch (e) {
      // Nothing was written; her earlier answers are intact.
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const finish = async () => {
    try {
      await finishAssessment(assessment.id);
      navigate({ name: 'results', id: assessment.id }, { replace: true });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="stack assessment">
      {formNotice && (
        <p className="notice" role="status">
          {formNotice}
        </p>
      )}
      <QuestionStep
        battery={battery}
        steps={steps}
        index={index}
        answers={assessment.answers}
        isBusy={isSaving}
        skipReminder={t('assessment.skipReminder')}
        onAnswer={(id, value) => void answer(id, value)}
      />

      {step.type === 'finish' && (
        <section className="stack">
          <ScreenTitle focusKey={index}>{t('assessment.finishTitle')}</ScreenTitle>
          <p className="lead">{t('assessment.finishText')}</p>
          <FinishCounts counts={answerCounts(steps, assessment.answers)} />
          <button type="button" className="button primary" onClick={() => void finish()}>
            {t('assessment.seeResults')}
          </button>
        </section>
      )}

      {error !== undefined && <ErrorMessage error={error} />}

      <div className="button-row nav-row">
        {index > 0 && (
          <button type="button" className="button" onClick={() => go(index - 1)}>
            {t('common.back')}
          </button>
        )}
        {step.type !== 'finish' &&
          (step.type === 'intro' || assessment.answers[step.indicator.id] !== undefined) && (
            <button type="button" className="button primary nav-next" onClick={() => go(index + 1)}>
              {t('common.next')}
            </button>
          )}
      </div>
      <button type="button" className="link-button" onClick={() => navigate({ name: 'home' })}>
        {t('assessment.stop')}
      </button>
    </div>
  );
}

/**
 * Her saved choice of form may now be for workshops only (a model-2 battery offers for her own
 * assessment only the forms that reach every urgent step): this assessment then uses the full form.
 * Said once, on the screen she starts on; her choice is set to the full form so it is not said again.
 */
function useFormFallbackNotice(battery: Battery, formId: string, current: string): string | undefined {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const preferred = settings.preferredForm;
  const [shownOn] = useState(() =>
    modelOf(battery) === 2 &&
    preferred !== formId &&
    battery.forms.some((f) => f.id === preferred) &&
    formUse(battery, preferred) !== 'assessment'
      ? current
      : undefined,
  );
  useEffect(() => {
    if (shownOn !== undefined) void update({ preferredForm: 'full' }).catch(() => undefined);
    // Once, when the screen opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return shownOn !== undefined && shownOn === current ? t('forms.workshopOnly') : undefined;
}
