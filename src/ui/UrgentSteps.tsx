/**
 * Urgent steps, first when a red flag fired or a category is severe: calm and practical.
 * Reduce the immediate threat, reach people who can act (the people she recorded, by name, with how
 * to reach them), and know the outside support there is.
 *
 * Model 2: the steps are those of what fired, never a generic list. A crisis (thoughts of not
 * wanting to live) comes first, in its own box, with its own words and steps only; then one part
 * per guidance block that fired (its title, its words, what she said that called for it), and the
 * blocks' steps once each, "now" before "this week".
 *
 * Each step shows its title and opens to say how (the crisis box's steps for now are open at
 * first). The boxes' headings take focus when the first screen's lines lead to them.
 */
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SUPPORT_AREAS,
  isUrgent,
  itemsOf,
  pickText,
  type AssessmentResult,
  type Battery,
  type Recommendation,
  type Recommendations,
  type UrgentStep,
} from '../domain/index.ts';
import { Chevron } from './Chevron.tsx';
import { useRouter } from './navigation.tsx';
import { useAsync } from './useAsync.ts';
import { useIsPractice } from './practiceMode.ts';
import { listContacts } from '../services/contacts.ts';
import { RecommendationItem, RecommendationList } from './RecommendationList.tsx';
import { model1Urgent } from './resultSections.ts';
import type { PlanMembership } from './usePlanMembership.ts';
import './results.css';

/** The organisations that fit what fired: its code and the directory load only when shown. */
const SupportThatFits = lazy(() => import('./SupportThatFits.tsx'));

/** Up to this many fired situations, each one's words show open; more fold under their titles. */
const OPEN_BLOCKS = 2;

/**
 * The people she recorded, with how to reach them. In practice: a line saying where they would be,
 * with no list (they are the phone owner's) and no way to the contacts screen (which saves).
 */
function PeopleWhoCanAct() {
  const isPractice = useIsPractice();
  return isPractice ? <PeopleInPractice /> : <PeopleSaved />;
}

function PeopleInPractice() {
  const { t } = useTranslation();
  return (
    <div className="people-who-can-act">
      <h3>{t('plan:urgent.peopleTitle')}</h3>
      <p>{t('plan:urgent.practicePeople')}</p>
    </div>
  );
}

function PeopleSaved() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const titleId = useId();
  const [contacts] = useAsync(() => listContacts(), []);
  if (contacts.status !== 'ready') return null;
  const people = contacts.value;
  return (
    <div className="people-who-can-act">
      <h3 id={titleId}>{t('plan:urgent.peopleTitle')}</h3>
      {people.length === 0 ? (
        <>
          <p>{t('plan:urgent.noPeople')}</p>
          <button type="button" className="link-button" onClick={() => navigate({ name: 'contacts' })}>
            {t('plan:urgent.addPeople')}
          </button>
        </>
      ) : (
        <ul className="reach-list" aria-labelledby={titleId}>
          {people.map((c) => (
            <li key={c.id}>
              <strong dir="auto">{c.name}</strong>
              {c.reach && <span dir="auto"> · {c.reach}</span>}
              {c.isEmergencyNumber && <span className="hint"> · {t('plan:contacts.emergencyTag')}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function UrgentSteps({
  battery,
  recommendations,
  result,
  plan,
}: {
  battery: Battery;
  recommendations: Recommendations;
  /** Model 2: the fired flags, whose words each block shows. */
  result?: AssessmentResult;
  plan?: PlanMembership;
}) {
  const { t } = useTranslation();
  if (recommendations.urgent) {
    return (
      <UrgentGuidanceView battery={battery} recommendations={recommendations} result={result} plan={plan} />
    );
  }
  const { steps, support } = model1Urgent(battery, recommendations);
  return (
    <section className="card urgent" aria-labelledby="urgent-title">
      <h2 id="urgent-title" tabIndex={-1}>
        {t('results.urgentTitle')}
      </h2>
      <p>{t('results.urgentIntro')}</p>
      <ol className="urgent-steps">
        <li>{t('results.urgentStep1')}</li>
        <li>
          {t('results.urgentStep2')}
          <PeopleWhoCanAct />
        </li>
        <li>{t('results.urgentStep3')}</li>
      </ol>
      {steps.length > 0 && <RecommendationList battery={battery} recs={steps} plan={plan} folded />}
      {support.length > 0 && (
        <>
          <h3>{t('results.outsideSupport')}</h3>
          <p className="hint">{SUPPORT_AREAS.map((a) => t(`support.${a}`)).join(' · ')}</p>
          <RecommendationList battery={battery} recs={support} plan={plan} folded />
        </>
      )}
    </section>
  );
}

/** Whether a result has urgent steps beyond the crisis box: the line on the first screen leads to them. */
export function hasUrgentSteps(result: AssessmentResult, recommendations: Recommendations): boolean {
  if (result.model === 2) return (recommendations.urgent?.blocks.length ?? 0) > 0;
  return isUrgent(result);
}

function UrgentGuidanceView({
  battery,
  recommendations,
  result,
  plan,
}: {
  battery: Battery;
  recommendations: Recommendations;
  result?: AssessmentResult;
  plan?: PlanMembership;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const urgent = recommendations.urgent;
  if (!urgent) return null;
  const text = (x: Parameters<typeof pickText>[0]) => pickText(x, lng, battery);
  const blockOf = (id: string) => battery.guidance?.find((g) => g.id === id);
  const crisisBlock = urgent.crisis ? blockOf(urgent.crisis.block) : undefined;
  const fired = result?.flags ?? [];
  const flagDefs = new Map((battery.flags ?? []).map((f) => [f.id, f]));

  return (
    <>
      {urgent.crisis && crisisBlock && (
        <section className="card crisis" aria-labelledby="crisis-title">
          <h2 id="crisis-title" tabIndex={-1}>
            <bdi>{text(crisisBlock.title)}</bdi>
          </h2>
          <p>
            <bdi>{text(crisisBlock.intro)}</bdi>
          </p>
          <Steps
            battery={battery}
            steps={urgent.crisis.steps}
            recommendations={recommendations}
            plan={plan}
            isCrisis
          />
          <PeopleWhoCanAct />
          <p className="hint">{t('results.crisisNote')}</p>
        </section>
      )}
      {urgent.blocks.length > 0 && (
        <section className="card urgent" aria-labelledby="urgent-title">
          <h2 id="urgent-title" tabIndex={-1}>
            {t('results.urgentTitle')}
          </h2>
          <p>{t('results.urgent2Intro')}</p>
          {urgent.blocks.map((id) => {
            const block = blockOf(id);
            if (!block) return null;
            const summaries = fired
              .filter((f) => f.guidance.includes(id))
              .flatMap((f) => {
                const def = flagDefs.get(f.id);
                return def ? [{ id: f.id, words: text(def.summary) }] : [];
              });
            return (
              <section key={id} className="urgent-block" aria-labelledby={`block-${id}`}>
                {/* Many situations at once: each one's words fold under its title, its steps stay below. */}
                <details open={urgent.blocks.length <= OPEN_BLOCKS}>
                  <summary>
                    <span className="summary-text">
                      <h3 id={`block-${id}`}>
                        <bdi>{text(block.title)}</bdi>
                      </h3>
                    </span>
                    <Chevron />
                  </summary>
                  <p>
                    <bdi>{text(block.intro)}</bdi>
                  </p>
                  {summaries.length > 0 && (
                    <>
                      <p className="hint">{t('results.youSaid')}</p>
                      <ul className="fired">
                        {summaries.map((s) => (
                          <li key={s.id}>
                            <bdi>{s.words}</bdi>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </details>
              </section>
            );
          })}
          <Steps battery={battery} steps={urgent.steps} recommendations={recommendations} plan={plan} />
          <PeopleWhoCanAct />
          <Suspense fallback={null}>
            <SupportThatFits blocks={urgent.blocks} />
          </Suspense>
        </section>
      )}
    </>
  );
}

/** Urgent steps, "now" then "this week", each with the action it stands in for when it is a fallback. */
function Steps({
  battery,
  steps,
  recommendations,
  plan,
  isCrisis = false,
}: {
  battery: Battery;
  steps: UrgentStep[];
  recommendations: Recommendations;
  plan?: PlanMembership;
  /** Crisis steps do not repeat the answer that called for them. */
  isCrisis?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const recs = new Map(recommendations.actions.filter((r) => r.isUrgent).map((r) => [r.id, r]));
  const recOf = (step: UrgentStep): Recommendation => {
    const found = recs.get(step.actionId);
    if (found) return found;
    const action = battery.actions.find((a) => a.id === step.actionId);
    return {
      kind: 'action',
      id: step.actionId,
      categories: action?.categories ?? [],
      horizon: step.horizon,
      weight: 0,
      isUrgent: true,
      reasons: [],
    };
  };
  const noteOf = (step: UrgentStep): string | undefined => {
    if (!step.fallbackOf) return undefined;
    const original = battery.actions.find((a) => a.id === step.fallbackOf);
    if (!original) return undefined;
    const title = pickText(original.title, lng, battery);
    return needsOrganisation(battery, original)
      ? t('results.fallbackOrganisation', { title })
      : t('results.fallbackOther', { title });
  };
  return (
    <>
      {(['now', 'week'] as const).map((horizon) => {
        const group = steps.filter((s) => s.horizon === horizon);
        if (group.length === 0) return null;
        return (
          <div key={horizon} className="stack">
            <h3>{t(`horizons.${horizon}`)}</h3>
            <ul className="recs">
              {group.map((step) => (
                <RecommendationItem
                  key={step.actionId}
                  battery={battery}
                  rec={recOf(step)}
                  plan={plan}
                  note={noteOf(step)}
                  showReason={!isCrisis}
                  folded
                  open={isCrisis && horizon === 'now'}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

/** Whether an action needs an organisation behind her: done by one, or requiring her answer about one. */
function needsOrganisation(battery: Battery, action: Battery['actions'][number]): boolean {
  if (action.who === 'organisation') return true;
  if (!action.requires) return false;
  const flags = new Map((battery.flags ?? []).map((f) => [f.id, f]));
  return [...itemsOf(action.requires, flags)].some((id) => id.endsWith('.organisation'));
}
