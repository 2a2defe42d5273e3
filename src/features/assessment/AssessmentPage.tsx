/**
 * The assessment: one question per screen. Every answer is saved the moment it is given, with
 * where she is, so a reload, a crash or an update brings her back to the same question (P3).
 */
import { useMemo, useState } from 'react';
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
import { buildSteps, type Step } from '../../domain/index.ts';
import { QuestionStep } from '../../ui/QuestionStep.tsx';

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
  const steps = useMemo(() => buildSteps(battery, initial.formId), [battery, initial.formId]);
  const [assessment, setAssessment] = useState(initial);
  const [index, setIndex] = useState(() => Math.min(Math.max(initial.position, 0), steps.length - 1));
  const [error, setError] = useState<unknown>();
  const [isSaving, setSaving] = useState(false);
  const step: Step = steps[index] ?? { type: 'finish' };

  const go = (next: number) => {
    const target = Math.min(Math.max(next, 0), steps.length - 1);
    setIndex(target);
    setError(undefined);
    void savePosition(assessment.id, target).catch(() => undefined);
    window.scrollTo(0, 0);
  };

  const answer = async (indicatorId: string, value: string) => {
    if (isSaving) return;
    setSaving(true);
    setError(undefined);
    try {
      const saved = await saveAnswer(assessment.id, indicatorId, value, index + 1);
      setAssessment(saved);
      setIndex(Math.min(index + 1, steps.length - 1));
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
