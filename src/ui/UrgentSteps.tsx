/**
 * Urgent steps, first when a red flag fired or a category is severe: calm and practical.
 * Reduce the immediate threat, reach people who can act (the people she recorded, by name, with how
 * to reach them), and know the outside support there is.
 */
import { useTranslation } from 'react-i18next';
import { SUPPORT_AREAS, type Battery, type Recommendations } from '../domain/index.ts';
import { useRouter } from './navigation.tsx';
import { useAsync } from './useAsync.ts';
import { listContacts } from '../services/contacts.ts';
import { RecommendationList } from './RecommendationList.tsx';
import type { PlanMembership } from './usePlanMembership.ts';

function PeopleWhoCanAct() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const [contacts] = useAsync(() => listContacts(), []);
  if (contacts.status !== 'ready') return null;
  const people = contacts.value;
  return (
    <div className="people-who-can-act">
      <h3 id="people-title">{t('plan:urgent.peopleTitle')}</h3>
      {people.length === 0 ? (
        <p>
          {t('plan:urgent.noPeople')}{' '}
          <button type="button" className="link-button" onClick={() => navigate({ name: 'contacts' })}>
            {t('plan:urgent.addPeople')}
          </button>
        </p>
      ) : (
        <ul className="reach-list" aria-labelledby="people-title">
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
  plan,
}: {
  battery: Battery;
  recommendations: Recommendations;
  plan?: PlanMembership;
}) {
  const { t } = useTranslation();
  const urgent = recommendations.actions.filter((r) => r.isUrgent || r.horizon === 'now').slice(0, 4);
  const supportIds = new Set(urgent.map((r) => r.id));
  const support = recommendations.actions.filter((r) => {
    const action = battery.actions.find((a) => a.id === r.id);
    return action?.support !== undefined && !supportIds.has(r.id);
  });
  return (
    <section className="card urgent" aria-labelledby="urgent-title">
      <h2 id="urgent-title">{t('results.urgentTitle')}</h2>
      <p>{t('results.urgentIntro')}</p>
      <ol className="urgent-steps">
        <li>{t('results.urgentStep1')}</li>
        <li>
          {t('results.urgentStep2')}
          <PeopleWhoCanAct />
        </li>
        <li>{t('results.urgentStep3')}</li>
      </ol>
      {urgent.length > 0 && <RecommendationList battery={battery} recs={urgent} plan={plan} />}
      {support.length > 0 && (
        <>
          <h3>{t('results.outsideSupport')}</h3>
          <p className="hint">{SUPPORT_AREAS.map((a) => t(`support.${a}`)).join(' · ')}</p>
          <RecommendationList battery={battery} recs={support.slice(0, 3)} plan={plan} />
        </>
      )}
    </section>
  );
}
