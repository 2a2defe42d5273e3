/**
 * A practice session (workshop mode): the same questions and results as a real assessment, held in
 * memory only. Nothing is written to storage unless she chooses, at the end, to keep the answers as
 * her own assessment. "Next participant", closing the tab and quick exit all drop them.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, Battery } from '../../domain/index.ts';
import {
  batteryKey,
  CURRENT_BATTERY,
  listAvailableBatteries,
  type AvailableBattery,
} from '../../services/batteries.ts';
import { keepPractice } from '../../services/practice.ts';
import { onQuickExit } from '../../ui/quickExit.ts';
import { useRouter } from '../../ui/navigation.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Pending } from '../../ui/Pending.tsx';
import { answerCounts, buildSteps, type Step } from '../../domain/index.ts';
import { FinishCounts, QuestionStep } from '../../ui/QuestionStep.tsx';
import { indexOfStep, stepAfterAnswer, stepKey } from '../../ui/adaptiveSteps.ts';
import { PracticeBanner } from './PracticeBanner.tsx';
import { PracticeResults } from './PracticeResults.tsx';
import { GroupCodeShare } from './GroupCodeShare.tsx';
import { defaultForm, FormChoice, type FormId } from './FormChoice.tsx';
import { BatteryChoice } from './BatteryChoice.tsx';
import './workshop.css';

export default function PracticePage({ battery: wanted }: { battery?: string }) {
  // Each participant gets a fresh session: a new key drops every piece of state below.
  const [round, setRound] = useState(0);
  const nextParticipant = useCallback(() => {
    setRound((r) => r + 1);
    window.scrollTo(0, 0);
  }, []);
  useEffect(() => onQuickExit(() => setRound((r) => r + 1)), []);
  return (
    <PracticeSession
      key={round}
      wantedKey={wanted}
      wasCleared={round > 0}
      onNextParticipant={nextParticipant}
    />
  );
}

function PracticeSession({
  wantedKey,
  wasCleared,
  onNextParticipant,
}: {
  wantedKey: string | undefined;
  wasCleared: boolean;
  onNextParticipant: () => void;
}) {
  const { t } = useTranslation(['workshop', 'app']);
  const [state, reload] = useAsync(() => listAvailableBatteries(), []);
  const [session, setSession] = useState<{ battery: Battery; formId: FormId }>();

  if (state.status === 'loading') return <Pending state={state} />;
  if (state.status === 'error') {
    return (
      <div className="stack">
        <PracticeBanner />
        <Pending state={state} title={t('practice.setupTitle')} onRetry={reload} />
      </div>
    );
  }
  if (!session) {
    return (
      <PracticeSetup
        available={state.value}
        wantedKey={wantedKey}
        wasCleared={wasCleared}
        onStart={(battery, formId) => setSession({ battery, formId })}
      />
    );
  }
  return (
    <PracticeRun battery={session.battery} formId={session.formId} onNextParticipant={onNextParticipant} />
  );
}

function PracticeSetup({
  available,
  wantedKey,
  wasCleared,
  onStart,
}: {
  available: AvailableBattery[];
  wantedKey: string | undefined;
  wasCleared: boolean;
  onStart: (battery: Battery, formId: FormId) => void;
}) {
  const { t } = useTranslation(['workshop', 'app']);
  const keyOf = (b: Battery) => batteryKey(b.id, b.version);
  const [chosen, setChosen] = useState(
    () =>
      available.find((a) => keyOf(a.battery) === wantedKey)?.battery ??
      available.find((a) => a.battery.id === CURRENT_BATTERY.id)?.battery,
  );
  const battery = chosen ?? available[0]?.battery;
  const [formId, setFormId] = useState<FormId>(() => (battery ? defaultForm(battery) : 'short'));
  if (!battery) return null;
  return (
    <div className="stack practice">
      <PracticeBanner />
      {wasCleared && (
        <p className="notice" role="status">
          {t('practice.cleared')}
        </p>
      )}
      <ScreenTitle>{t('practice.setupTitle')}</ScreenTitle>
      <p className="lead">{t('practice.setupText')}</p>
      <p>{t('practice.setupChoice')}</p>
      {available.length > 1 && (
        <BatteryChoice
          legend={t('practice.battery')}
          available={available}
          value={battery}
          onChange={(b) => {
            setChosen(b);
            setFormId(defaultForm(b));
          }}
        />
      )}
      <FormChoice
        battery={battery}
        legend={t('practice.form')}
        name="practice-form"
        value={formId}
        onChange={setFormId}
      />
      <button type="button" className="button primary" onClick={() => onStart(battery, formId)}>
        {t('practice.start')}
      </button>
    </div>
  );
}

function PracticeRun({
  battery,
  formId,
  onNextParticipant,
}: {
  battery: Battery;
  formId: FormId;
  onNextParticipant: () => void;
}) {
  const { t } = useTranslation(['workshop', 'app']);
  const [answers, setAnswers] = useState<Answers>({});
  // The questions asked follow her answers (model 2); where she is is the step, not its place.
  const steps = useMemo(() => buildSteps(battery, formId, answers), [battery, formId, answers]);
  const [current, setCurrent] = useState(() => stepKey(steps[0]));
  const index = indexOfStep(steps, current, 0);
  const [isShowingResults, setShowingResults] = useState(false);
  const step: Step = steps[index] ?? { type: 'finish' };

  const go = (next: number) => {
    setCurrent(stepKey(steps[Math.min(Math.max(next, 0), steps.length - 1)]));
    window.scrollTo(0, 0);
  };
  const answer = (indicatorId: string, value: string) => {
    const next = { ...answers, [indicatorId]: value };
    const after = stepAfterAnswer(battery, formId, next, current, index);
    setAnswers(next);
    setCurrent(stepKey(after.steps[after.next]));
    window.scrollTo(0, 0);
  };

  if (isShowingResults) {
    return (
      <div className="stack practice results">
        <PracticeBanner onNextParticipant={onNextParticipant} />
        <ScreenTitle>{t('practice.resultsTitle')}</ScreenTitle>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            const end = document.getElementById('practice-end-title');
            end?.scrollIntoView();
            end?.focus();
          }}
        >
          {t('practice.endTitle')}
        </button>
        <PracticeResults battery={battery} formId={formId} answers={answers} />
        <GroupCodeShare battery={battery} formId={formId} answers={answers} />
        <PracticeEnd battery={battery} formId={formId} answers={answers} onKeepNothing={onNextParticipant} />
      </div>
    );
  }

  return (
    <div className="stack practice assessment">
      <PracticeBanner onNextParticipant={onNextParticipant} />
      <QuestionStep
        battery={battery}
        steps={steps}
        index={index}
        answers={answers}
        skipReminder={t('practice.skipReminder')}
        onAnswer={answer}
      />

      {step.type === 'finish' && (
        <section className="stack">
          <ScreenTitle focusKey={index}>{t('practice.finishTitle')}</ScreenTitle>
          <p className="lead">{t('practice.finishText')}</p>
          <FinishCounts counts={answerCounts(steps, answers)} />
          <button
            type="button"
            className="button primary"
            onClick={() => {
              setShowingResults(true);
              window.scrollTo(0, 0);
            }}
          >
            {t('practice.seeResults')}
          </button>
        </section>
      )}

      <div className="button-row nav-row">
        {index > 0 && (
          <button type="button" className="button" onClick={() => go(index - 1)}>
            {t('app:common.back')}
          </button>
        )}
        {step.type !== 'finish' && (step.type === 'intro' || answers[step.indicator.id] !== undefined) && (
          <button type="button" className="button primary nav-next" onClick={() => go(index + 1)}>
            {t('app:common.next')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Her choice at the end: keep nothing, or keep the answers as her own assessment (saved only then). */
function PracticeEnd({
  battery,
  formId,
  answers,
  onKeepNothing,
}: {
  battery: Battery;
  formId: FormId;
  answers: Answers;
  onKeepNothing: () => void;
}) {
  const { t } = useTranslation(['workshop', 'app']);
  const { navigate } = useRouter();
  const [error, setError] = useState<unknown>();
  const [isSaving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const saved = await keepPractice(battery, formId, answers);
      navigate({ name: 'results', id: saved.id }, { replace: true });
    } catch (e) {
      setError(e);
      setSaving(false);
    }
  };

  return (
    <section className="card stack practice-end" aria-labelledby="practice-end-title">
      <h2 id="practice-end-title" tabIndex={-1}>
        {t('practice.endTitle')}
      </h2>
      <p>{t('practice.endText')}</p>
      <button type="button" className="button primary" onClick={onKeepNothing}>
        {t('practice.keepNothing')}
      </button>
      <h3>{t('practice.saveTitle')}</h3>
      <p>{t('practice.saveText')}</p>
      {error !== undefined && (
        <>
          <ErrorMessage error={error} />
          <p>{t('practice.saveFailed')}</p>
        </>
      )}
      <button type="button" className="button" disabled={isSaving} onClick={() => void save()}>
        {t('practice.save')}
      </button>
    </section>
  );
}
