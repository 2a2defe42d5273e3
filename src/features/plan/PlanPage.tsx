/**
 * My plan: the actions she chose (to do, doing; done and "not for me" folded away but kept), the
 * routines she keeps, what her latest assessment newly suggests, and the way to print or add to a
 * calendar.
 */
import { useTranslation } from 'react-i18next';
import { pickText, SETTLED_STATUSES, type PlanStatus, type Rhythm } from '../../domain/index.ts';
import { useRouter } from '../../ui/navigation.tsx';
import { useSettings } from '../../ui/settingsContext.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { formatDate } from '../../i18n/format.ts';
import { removeRoutine, updateRoutine } from '../../services/routines.ts';
import { RecommendationList } from '../../ui/RecommendationList.tsx';
import { loadPlanData, removeFromPlan, updatePlanItem } from '../../services/plan.ts';
import { KeptRoutineCard, PlanActionCard } from './PlanItems.tsx';
import { usePlanMembership } from '../../ui/usePlanMembership.ts';
import { useEffect, useRef, useState } from 'react';
import type { Recommendations } from '../../domain/index.ts';
import type { PlanMembership } from '../../ui/usePlanMembership.ts';
import '../../ui/plan.css';
import { Pending } from '../../ui/Pending.tsx';

export default function PlanPage() {
  const { t, i18n } = useTranslation('plan');
  const { navigate } = useRouter();
  const { settings, update } = useSettings();
  const [state, reload] = useAsync(() => loadPlanData(), []);
  const [error, setError] = useState<unknown>();
  const [moved, setMoved] = useState('');
  // Where focus goes once the list has reloaded, when the card she was on has moved or gone.
  const focusNext = useRef<string>(undefined);
  useEffect(() => {
    const target = focusNext.current && document.querySelector<HTMLElement>(focusNext.current);
    if (!target) return;
    target.focus();
    focusNext.current = undefined;
  });
  // The suggestions as first shown: what she adds stays listed, marked "in my plan", until she is
  // done, so nothing jumps under her finger.
  const [shownFresh, setShownFresh] = useState<Recommendations | null>(null);
  const latest = state.status === 'ready' ? state.value.latest : undefined;
  const membership = usePlanMembership(
    latest
      ? { id: latest.assessment.id, date: latest.assessment.completedAt ?? latest.assessment.updatedAt }
      : undefined,
  );

  if (state.status === 'ready' && shownFresh === null && state.value.latest) {
    setShownFresh(state.value.latest.fresh);
  }
  const adding: PlanMembership = {
    ...membership,
    add: async (kind, id, battery) => {
      await membership.add(kind, id, battery);
      reload();
    },
  };

  if (state.status !== 'ready') return <Pending state={state} />;
  const { items, routines } = state.value;

  /** Runs a change and reloads; says whether it was saved (a failure shows its message). */
  const run = async (change: () => Promise<unknown>): Promise<boolean> => {
    try {
      setError(undefined);
      await change();
      reload();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  const changeItem = (id: string, title: string) => (change: { status?: PlanStatus; note?: string }) =>
    run(async () => {
      await updatePlanItem(id, change);
      // A done or "not for me" action moves to the folded list: say where it went, and follow it.
      const isSettled = change.status !== undefined && SETTLED_STATUSES.includes(change.status);
      setMoved(isSettled ? t('plan.movedToSettled', { title }) : '');
      if (isSettled) focusNext.current = '.plan details.settled > summary';
    });
  /** Removes, then puts focus on the list's heading (the card she was on is gone) and says so. */
  const remove = async (removal: () => Promise<unknown>, headingId: string) => {
    if (!(await run(removal))) return;
    setMoved(t('plan.removed'));
    focusNext.current = `#${headingId}`;
  };
  const changeRoutine = (id: string) => (change: { rhythm?: Rhythm; note?: string }) =>
    run(() => updateRoutine(id, change));

  const active = items.filter((x) => !SETTLED_STATUSES.includes(x.item.status));
  const settled = items.filter((x) => SETTLED_STATUSES.includes(x.item.status));
  const fresh = shownFresh ?? undefined;
  // Once she is done choosing, this assessment's suggestions are not offered again.
  const hasFresh =
    fresh &&
    fresh.actions.length + fresh.routines.length > 0 &&
    settings.planSuggestionsSeenFor !== latest?.assessment.id;

  const actionCard = (x: (typeof items)[number]) => (
    <PlanActionCard
      key={x.item.id}
      item={x.item}
      action={x.action}
      battery={x.battery}
      onChange={changeItem(x.item.id, pickText(x.action.title, i18n.language, x.battery))}
      onRemove={() => remove(() => removeFromPlan(x.item.id), 'actions-title')}
    />
  );

  return (
    <div className="stack plan">
      <ScreenTitle>{t('plan.title')}</ScreenTitle>
      <p className="hint">{t('plan.intro')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      {membership.error !== undefined && <ErrorMessage error={membership.error} />}

      {latest && hasFresh && (
        <section className="card stack suggestions" aria-labelledby="fresh-title">
          <h2 id="fresh-title">
            {t('plan.freshTitle', {
              date: formatDate(latest.assessment.completedAt ?? latest.assessment.updatedAt, i18n.language),
            })}
          </h2>
          <p className="hint">{t('plan.freshIntro')}</p>
          {/* Added items stay listed as "in my plan" until she leaves: nothing jumps under her finger. */}
          <RecommendationList battery={latest.battery} recs={fresh.actions.slice(0, 6)} plan={adding} />
          {fresh.routines.length > 0 && (
            <>
              <h3>{t('plan.freshRoutines')}</h3>
              <RecommendationList battery={latest.battery} recs={fresh.routines.slice(0, 4)} plan={adding} />
            </>
          )}
          <button
            type="button"
            className="button"
            onClick={() => {
              setShownFresh({ actions: [], routines: [] });
              void update({ planSuggestionsSeenFor: latest.assessment.id });
            }}
          >
            {t('plan.freshDone')}
          </button>
        </section>
      )}

      <section className="stack" aria-labelledby="actions-title">
        <h2 id="actions-title" tabIndex={-1}>
          {t('plan.actionsTitle')}
        </h2>
        <p className="visually-hidden" role="status">
          {moved}
        </p>
        {items.length === 0 && <p>{t('plan.noActions')}</p>}
        {active.length > 0 && <ul className="plan-list">{active.map(actionCard)}</ul>}
        {items.length > 0 && active.length === 0 && <p>{t('plan.allSettled')}</p>}
        {settled.length > 0 && (
          <details className="settled">
            <summary>{t('plan.settled', { count: settled.length })}</summary>
            <ul className="plan-list">{settled.map(actionCard)}</ul>
          </details>
        )}
      </section>

      <section className="stack" aria-labelledby="routines-title">
        <h2 id="routines-title" tabIndex={-1}>
          {t('plan.routinesTitle')}
        </h2>
        {routines.length === 0 ? (
          <p>{t('plan.noRoutines')}</p>
        ) : (
          <>
            <button type="button" className="button primary" onClick={() => navigate({ name: 'today' })}>
              {t('home.today')}
            </button>
            <ul className="plan-list">
              {routines.map((x) => (
                <KeptRoutineCard
                  key={x.item.id}
                  item={x.item}
                  routine={x.routine}
                  battery={x.battery}
                  onChange={changeRoutine(x.item.id)}
                  onRemove={() => remove(() => removeRoutine(x.item.id), 'routines-title')}
                />
              ))}
            </ul>
          </>
        )}
      </section>

      <div className="stack">
        <button type="button" className="button" onClick={() => navigate({ name: 'library' })}>
          {t('library.open')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'contacts' })}>
          {t('contacts.title')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'printPlan' })}>
          {t('print.open')}
        </button>
        {routines.length > 0 && (
          <button type="button" className="button" onClick={() => navigate({ name: 'calendar' })}>
            {t('calendar.open')}
          </button>
        )}
      </div>
    </div>
  );
}
