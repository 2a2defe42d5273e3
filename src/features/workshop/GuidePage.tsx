/** The facilitator guide: a session plan, how to explain the model, care, debrief, the privacy promise. Printable. */
import { useTranslation } from 'react-i18next';
import { CATEGORY_IDS } from '../../domain/index.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import './workshop.css';

/** The session plan, in order, with minutes: about 75 in all. */
const PLAN = [
  ['welcome', 10],
  ['privacy', 5],
  ['model', 10],
  ['categories', 10],
  ['practice', 15],
  ['pause', 5],
  ['results', 5],
  ['debrief', 10],
  ['close', 5],
] as const;

const BEFORE = ['install', 'check', 'room', 'print', 'contacts', 'cofacilitator'] as const;
const CARE = ['pauses', 'skip', 'signs', 'grounding', 'self'] as const;
const DANGER = ['stop', 'listen', 'plan', 'connect', 'records'] as const;
const DEBRIEF = ['q1', 'q2', 'q3', 'q4', 'q5'] as const;
const PRIVACY = ['p1', 'p2', 'p3', 'p4'] as const;

export default function GuidePage() {
  const { t } = useTranslation(['workshop', 'app']);
  return (
    <div className="stack guide printable">
      <ScreenTitle>{t('guide.title')}</ScreenTitle>
      <p className="lead">{t('guide.intro')}</p>
      <button type="button" className="button no-print" onClick={() => window.print()}>
        {t('guide.print')}
      </button>

      <section aria-labelledby="guide-before">
        <h2 id="guide-before">{t('guide.beforeTitle')}</h2>
        <ul>
          {BEFORE.map((k) => (
            <li key={k}>{t(`guide.before.${k}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="guide-plan">
        <h2 id="guide-plan">{t('guide.planTitle')}</h2>
        <p>{t('guide.planIntro')}</p>
        <ol className="plan">
          {PLAN.map(([k, minutes]) => (
            <li key={k}>
              <h3>
                {t(`guide.plan.${k}.title`)}{' '}
                <span className="plan-minutes">{t('guide.minutes', { minutes })}</span>
              </h3>
              <p>{t(`guide.plan.${k}.text`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="guide-model">
        <h2 id="guide-model">{t('guide.modelTitle')}</h2>
        <p>{t('guide.model.p1')}</p>
        <ul>
          <li>{t('guide.model.threat')}</li>
          <li>{t('guide.model.vulnerability')}</li>
          <li>{t('guide.model.capacity')}</li>
        </ul>
        <p>{t('guide.model.p2')}</p>
        <p>{t('guide.model.p3')}</p>
      </section>

      <section aria-labelledby="guide-care">
        <h2 id="guide-care">{t('guide.careTitle')}</h2>
        <ul>
          {CARE.map((k) => (
            <li key={k}>{t(`guide.care.${k}`)}</li>
          ))}
        </ul>
      </section>

      <section className="card urgent" aria-labelledby="guide-danger">
        <h2 id="guide-danger">{t('guide.dangerTitle')}</h2>
        <ol>
          {DANGER.map((k) => (
            <li key={k}>{t(`guide.danger.${k}`)}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="guide-debrief">
        <h2 id="guide-debrief">{t('guide.debriefTitle')}</h2>
        <ul>
          {DEBRIEF.map((k) => (
            <li key={k}>{t(`guide.debrief.${k}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="guide-group">
        <h2 id="guide-group">{t('guide.groupTitle')}</h2>
        <p>{t('guide.groupText')}</p>
        <p>{t('guide.groupPrompts.intro')}</p>
        <ul>
          {CATEGORY_IDS.map((c) => (
            <li key={c}>{t(`guide.groupPrompts.${c}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guide-privacy">
        <h2 id="guide-privacy">{t('guide.privacyTitle')}</h2>
        {PRIVACY.map((k) => (
          <p key={k} className="quote">
            {t(`guide.privacy.${k}`)}
          </p>
        ))}
      </section>
    </div>
  );
}
