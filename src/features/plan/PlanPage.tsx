/**
 * My plan: first what she chose — her actions grouped by where she is with each (doing, to do;
 * done and "not for me" folded away but kept), and the routines she keeps — then, folded, what her
 * latest assessment newly suggests, and the way to print or add to a calendar.
 */
import { useTranslation } from 'react-i18next';
import { pickText, SETTLED_STATUSES, type PlanStatus, type Rhythm } from '../../domain/index.ts';

/** The groups of her actions still under way, in this order; the settled ones follow, folded. */
const ACTIVE_STATUSES: readonly PlanStatus[] = ['doing', 'todo'];
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
import { StatusIcon } from '../../ui/icons.tsx';
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
  // The suggestions stay as she left them, open or folded, while she adds from them.
  const [isFreshOpen, setFreshOpen] = useState<boolean>();
  const latest = state.status === 'ready' ? state.value.latest : undefined;
  const membership = usePlanMembership(
    latest
      ? { id: latest.assessment.id, date: latest.assessment.completedAt ?? latest.assessment.updatedAt }
      : undefined,
  );

  if (state.status === 'ready' && shownFresh === null && state.value.latest) {
    setShownFresh(state.value.latest.fresh);
  }
  // Open at first only while her plan is empty; then as she leaves it (adding does not fold it).
  if (state.status === 'ready' && isFreshOpen === undefined) {
    setFreshOpen(state.value.items.length + state.value.routines.length === 0);
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
      // A new status moves the card to another group: say where it went, and follow it (a done or
      // "not for me" action to the folded list's heading).
      if (change.status === undefined) return;
      const isSettled = SETTLED_STATUSES.includes(change.status);
      setMoved(
        isSettled
          ? t('plan.movedToSettled', { title })
          : t('plan.groups.movedTo', { title, status: t(`status.${change.status}`) }),
      );
      // (The card's status field once it shows the new status, i.e. once the card has moved.)
      focusNext.current = isSettled
        ? '.plan details.settled > summary'
        : `.plan [data-status-of="${id}"][data-status="${change.status}"]`;
    });
  /** Removes, then puts focus on the list's heading (the card she was on is gone) and says so. */
  const remove = async (removal: () => Promise<unknown>, headingId: string) => {
    if (!(await run(removal))) return;
    setMoved(t('plan.removed'));
    focusNext.current = `#${headingId}`;
  };
  const changeRoutine = (id: string) => (change: { rhythm?: Rhythm; note?: string }) =>
    run(() => updateRoutine(id, change));

  const fresh = shownFresh ?? undefined;
  // Once she is done choosing, this assessment's suggestions are not offered again.
  const hasFresh =
    fresh &&
    fresh.actions.length + fresh.routines.length > 0 &&
    settings.planSuggestionsSeenFor !== latest?.assessment.id;
  const freshActions = fresh?.actions.slice(0, 6) ?? [];
  const freshRoutines = fresh?.routines.slice(0, 4) ?? [];

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
  /** Her actions with one status, under its heading; nothing when she has none. */
  const group = (status: PlanStatus) => {
    const chosen = items.filter((x) => x.item.status === status);
    if (chosen.length === 0) return null;
    return (
      <section className="stack plan-group" aria-labelledby={`group-${status}`} key={status}>
        <h3 id={`group-${status}`} className="group-title">
          <StatusIcon status={status} />{' '}
          {t('plan.groups.title', { status: t(`status.${status}`), n: chosen.length })}
        </h3>
        <ul className="plan-list">{chosen.map(actionCard)}</ul>
      </section>
    );
  };
  const settledCount = items.filter((x) => SETTLED_STATUSES.includes(x.item.status)).length;

  return (
    <div className="stack plan">
      <ScreenTitle>{t('plan.title')}</ScreenTitle>
      <p className="hint">{t('plan.intro')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      {membership.error !== undefined && <ErrorMessage error={membership.error} />}

      {/* What she chose comes first, grouped by where she is with it. */}
      <section className="stack" aria-labelledby="actions-title">
        <h2 id="actions-title" tabIndex={-1}>
          {t('plan.actionsTitle')}
        </h2>
        <p className="visually-hidden" role="status">
          {moved}
        </p>
        {items.length === 0 && <p>{t('plan.noActions')}</p>}
        {ACTIVE_STATUSES.map(group)}
        {items.length > 0 && settledCount === items.length && <p>{t('plan.allSettled')}</p>}
        {settledCount > 0 && (
          <details className="settled">
            <summary>{t('plan.settled', { count: settledCount })}</summary>
            <div className="stack">{SETTLED_STATUSES.map(group)}</div>
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

      {/* Then what her latest assessment suggests, folded: open at first only when her plan is empty. */}
      {latest && hasFresh && (
        <details
          className="card suggestions-fold"
          open={isFreshOpen}
          onToggle={(e) => setFreshOpen(e.currentTarget.open)}
        >
          <summary>
            <span className="summary-title" id="fresh-title">
              {t('plan.freshTitle', {
                date: formatDate(latest.assessment.completedAt ?? latest.assessment.updatedAt, i18n.language),
              })}
            </span>{' '}
            <span className="hint">
              {t('plan.groups.suggestionCount', { count: freshActions.length + freshRoutines.length })}
            </span>
          </summary>
          <section className="stack suggestions" aria-labelledby="fresh-title">
            <p className="hint">{t('plan.freshIntro')}</p>
            {/* Added items stay listed as "in my plan" until she leaves: nothing jumps under her finger. */}
            <RecommendationList battery={latest.battery} recs={freshActions} plan={adding} />
            {freshRoutines.length > 0 && (
              <>
                <h3>{t('plan.freshRoutines')}</h3>
                <RecommendationList battery={latest.battery} recs={freshRoutines} plan={adding} />
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
        </details>
      )}

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
