/**
 * The assessment: one question per screen. Every answer is saved the moment it is given, with
 * where she is, so a reload, a crash or an update brings her back to the same question (P3).
 * With a model-2 battery the questions asked depend on her answers: a follow-up appears when what
 * opens it is answered, and the question on screen stays the same while the list changes.
 *
 * Another window (tab) of the app may have the same assessment open. Answers given there are
 * taken in (never lost); once it is finished or deleted there, this one says so and offers its
 * results (or the home screen): storage refuses any change to a finished assessment anyway.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, Battery } from '../../domain/index.ts';
import {
  loadAssessment,
  readAssessment,
  saveAnswer,
  savePosition,
  subscribeChanges,
  type Assessment,
  type AssessmentStateCode,
} from '../../services/assessments.ts';
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
  if (state.value.assessment.completedAt) {
    return <NoLongerOpen id={id} code="completed" isOnArrival />;
  }
  return <Questionnaire battery={state.value.battery} initial={state.value.assessment} />;
}

/** Refused by storage, or announced by another window: finished or deleted meanwhile. */
function isStateError(error: unknown): error is Error & { code: AssessmentStateCode } {
  return error instanceof Error && error.name === 'AssessmentStateError';
}

/**
 * The assessment can no longer be answered here: finished (one button to its results) or deleted
 * (one button home). `isOnArrival`: it was already finished when this screen opened.
 */
function NoLongerOpen({
  id,
  code,
  isOnArrival = false,
  hasLostAnswer = false,
}: {
  id: string;
  code: AssessmentStateCode;
  isOnArrival?: boolean;
  /** An answer she just gave here was not saved. */
  hasLostAnswer?: boolean;
}) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const title =
    code === 'deleted'
      ? t('assessment.elsewhere.deletedTitle')
      : isOnArrival
        ? t('assessment.elsewhere.finishedTitle')
        : t('assessment.elsewhere.finishedElsewhereTitle');
  return (
    <div className="stack" data-testid="assessment-elsewhere">
      <ScreenTitle focusKey={code}>{title}</ScreenTitle>
      <p className="lead">
        {code === 'deleted' ? t('assessment.elsewhere.deletedText') : t('assessment.elsewhere.finishedText')}
      </p>
      {hasLostAnswer && <p>{t('assessment.elsewhere.answerNotSaved')}</p>}
      {code === 'deleted' ? (
        <button type="button" className="button primary" onClick={() => navigate({ name: 'home' })}>
          {t('app.home')}
        </button>
      ) : (
        <button
          type="button"
          className="button primary"
          onClick={() => navigate({ name: 'results', id }, { replace: true })}
        >
          {t('assessment.elsewhere.seeResults')}
        </button>
      )}
    </div>
  );
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
  const [isFinishing, setFinishing] = useState(false);
  // Finished or deleted in another window (or refused by storage for that reason).
  const [gone, setGone] = useState<{ code: AssessmentStateCode; hasLostAnswer: boolean }>();
  // Answers given in another window were taken in.
  const [isMerged, setMerged] = useState(false);
  const step: Step = steps[index] ?? { type: 'finish' };
  const formNotice = useFormFallbackNotice(battery, formId, current);
  const assessmentId = assessment.id;
  const shownAnswers = useRef(assessment.answers);
  useEffect(() => {
    shownAnswers.current = assessment.answers;
  }, [assessment.answers]);

  // Another window's change: read the assessment again (the message carries no answer).
  useEffect(() => {
    let isCurrent = true;
    const stop = subscribeChanges((change) => {
      if (change.type !== 'replaced' && change.id !== assessmentId) return;
      void readAssessment(assessmentId)
        .then((fresh) => {
          if (!isCurrent) return;
          if (!fresh) setGone((g) => g ?? { code: 'deleted', hasLostAnswer: false });
          else if (fresh.completedAt) setGone((g) => g ?? { code: 'completed', hasLostAnswer: false });
          else if (Object.entries(fresh.answers).some(([k, v]) => shownAnswers.current[k] !== v)) {
            setAssessment((mine) => ({ ...mine, answers: fresh.answers, updatedAt: fresh.updatedAt }));
            setMerged(true);
          }
        })
        .catch(() => undefined);
    });
    return () => {
      isCurrent = false;
      stop();
    };
  }, [assessmentId]);

  /** A refusal because of another window becomes its own screen; anything else, a message. */
  const fail = (e: unknown, hasLostAnswer: boolean) => {
    if (isStateError(e)) setGone({ code: e.code, hasLostAnswer });
    else setError(e);
  };

  const go = (next: number) => {
    const target = Math.min(Math.max(next, 0), steps.length - 1);
    const key = stepKey(steps[target]);
    setCurrent(key);
    setError(undefined);
    setMerged(false);
    // Where she is, for the answers as stored (another window may have changed which steps exist).
    const at = (answers: Answers) => indexOfStep(buildSteps(battery, formId, answers), key, target);
    void savePosition(assessmentId, at).catch((e: unknown) => {
      if (isStateError(e)) fail(e, false);
    });
    window.scrollTo(0, 0);
  };

  const answer = async (indicatorId: string, value: string) => {
    if (isSaving) return;
    setSaving(true);
    setError(undefined);
    setMerged(false);
    try {
      // The step after this one, in the steps of the answers as stored (hers and any given elsewhere).
      const nextFor = (answers: Answers) => stepAfterAnswer(battery, formId, answers, current, index);
      const saved = await saveAnswer(assessmentId, indicatorId, value, (answers) => nextFor(answers).next);
      const after = nextFor(saved.answers);
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
      fail(e, true);
    } finally {
      setSaving(false);
    }
  };

  const finish = async () => {
    if (isFinishing) return;
    setFinishing(true);
    setError(undefined);
    try {
      const done = await finishAssessment(assessmentId);
      if (!done) {
        setGone({ code: 'deleted', hasLostAnswer: false });
        return;
      }
      navigate({ name: 'results', id: assessmentId }, { replace: true });
    } catch (e) {
      fail(e, false);
      setFinishing(false);
    }
  };

  if (gone) return <NoLongerOpen id={assessmentId} code={gone.code} hasLostAnswer={gone.hasLostAnswer} />;

  return (
    <div className="stack assessment">
      {isMerged && (
        <p className="notice" role="status" data-testid="merged-notice">
          {t('assessment.elsewhere.merged')}
        </p>
      )}
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
          <button
            type="button"
            className="button primary"
            disabled={isFinishing}
            onClick={() => void finish()}
          >
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
