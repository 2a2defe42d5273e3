/**
 * Results: the five levels on the first screen (with a line to the crisis box or the urgent steps
 * when there are any), then the urgent steps, each category's why, and what to do (ResultBody).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../ui/navigation.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { formatDate } from '../../i18n/format.ts';
import { loadPreviousResult, preparedResult, readResult, sameResult } from '../../services/results.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { whenIdle } from '../../ui/whenIdle.ts';
import { Pending } from '../../ui/Pending.tsx';
import { ResultBody } from '../../ui/ResultBody.tsx';
import { usePlanMembership } from '../../ui/usePlanMembership.ts';

export default function ResultsPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useRouter();
  // Drawn at once when History read them ahead (her newest, or the one she pressed); read again at
  // idle. A read ahead still under way is waited for, not made twice.
  const [state, reload] = useAsync(() => readResult(id), [id], {
    initial: () => preparedResult(id),
    same: sameResult,
  });
  // Read once her results are drawn and the page is idle, not beside them: only the chart below
  // the first screen compares with it, and two reads at once slowed her first screen on a slow
  // phone (issue 21). Not read at all when she leaves first: the wait ends with the screen.
  const ready = state.status === 'ready';
  const [before, setBefore] = useState<{
    id: string;
    value: Awaited<ReturnType<typeof loadPreviousResult>>;
  }>();
  useEffect(() => {
    if (!ready) return;
    let isCurrent = true;
    const cancel = whenIdle(() => {
      void loadPreviousResult(id).then(
        (value) => isCurrent && setBefore({ id, value }),
        // Without it, the chart shows her levels alone.
        () => undefined,
      );
    });
    return () => {
      isCurrent = false;
      cancel();
    };
  }, [id, ready]);
  // Only beside the assessment it was read for: another one's may still be shown while hers loads.
  const shownId = state.status === 'ready' ? state.value?.assessment.id : undefined;
  const previous = before && before.id === shownId ? before.value : undefined;
  const assessment = state.status === 'ready' ? state.value?.assessment : undefined;
  const plan = usePlanMembership(
    assessment ? { id: assessment.id, date: assessment.completedAt ?? assessment.updatedAt } : undefined,
  );

  if (state.status !== 'ready') {
    return (
      <Pending state={state} title={t('results.title')} onRetry={reload}>
        <p>{t('assessment.answersKept')}</p>
      </Pending>
    );
  }
  if (!state.value) {
    return (
      <div className="stack">
        <ScreenTitle>{t('assessment.notFound')}</ScreenTitle>
      </div>
    );
  }
  const { battery, result, recommendations } = state.value;

  return (
    <div className="stack results">
      <ScreenTitle>{t('results.title')}</ScreenTitle>

      <ResultBody
        battery={battery}
        result={result}
        recommendations={recommendations}
        previous={previous?.result}
        plan={plan}
        afterLevels={
          <div className="notice results-note">
            <p className="hint">
              {t('results.dated', {
                date: formatDate(
                  state.value.assessment.completedAt ?? state.value.assessment.updatedAt,
                  i18n.language,
                ),
                form: t(`forms.${state.value.assessment.formId === 'short' ? 'short' : 'full'}`),
              })}
            </p>
            <p>{t('results.notAPrediction')}</p>
          </div>
        }
      />

      <section className="reassess" aria-labelledby="reassess-title">
        <h2 id="reassess-title">{t('results.reassessTitle')}</h2>
        <p>{t('results.reassessText')}</p>
      </section>

      {plan.error !== undefined && <ErrorMessage error={plan.error} />}

      <div className="stack">
        <button type="button" className="button" onClick={() => navigate({ name: 'how' })}>
          {t('how.title')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'history' })}>
          {t('history.title')}
        </button>
        <button type="button" className="button primary" onClick={() => navigate({ name: 'plan' })}>
          {t('plan:home.plan')}
        </button>
      </div>
    </div>
  );
}
