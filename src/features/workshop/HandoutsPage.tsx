/**
 * Handouts to print, in any shipped language: the short-form questions on paper, the care routines,
 * and one page for "what to do this week". The print stylesheet gives clean pages: the questions on
 * both sides of one sheet, the routines and the week on one page each (A4 or Letter, any language).
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  ACTORS,
  CATEGORY_IDS,
  askingOrder,
  pickText,
  scaleOf,
  type Battery,
  type Indicator,
  type Text,
} from '../../domain/index.ts';
import { CURRENT_BATTERY, listAvailableBatteries } from '../../services/batteries.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { useContentLanguage } from './useContentLanguage.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { BatteryChoice } from './BatteryChoice.tsx';
import { defaultForm } from './FormChoice.tsx';
import './workshop.css';
import { Pending } from '../../ui/Pending.tsx';

const HANDOUTS = ['questions', 'care', 'week'] as const;
type Handout = (typeof HANDOUTS)[number];

export default function HandoutsPage() {
  const { t } = useTranslation(['workshop', 'app']);
  const [state] = useAsync(() => listAvailableBatteries(), []);
  const content = useContentLanguage();
  const [chosen, setChosen] = useState<Battery>();
  const [printing, setPrinting] = useState<Handout | 'all'>('all');

  if (state.status !== 'ready') return <Pending state={state} />;
  const available = state.value;
  const battery =
    chosen ?? available.find((a) => a.battery.id === CURRENT_BATTERY.id)?.battery ?? available[0]?.battery;
  if (!battery) return null;

  const print = (which: Handout | 'all') => {
    flushSync(() => setPrinting(which));
    // Afterwards the browser's own Print prints every handout again, not the one chosen here.
    window.addEventListener('afterprint', () => setPrinting('all'), { once: true });
    window.print();
  };
  const props = { battery, t: content.t, lng: content.lng };

  return (
    <div className="stack handouts" data-print={printing}>
      <div className="stack no-print">
        <ScreenTitle>{t('handouts.title')}</ScreenTitle>
        <p>{t('handouts.intro')}</p>
        <LanguageSelect label={t('handouts.language')} value={content.lng} onChange={content.choose} />
        {available.length > 1 && (
          <BatteryChoice
            legend={t('practice.battery')}
            available={available}
            value={battery}
            onChange={setChosen}
          />
        )}
        <button type="button" className="button primary" onClick={() => print('all')}>
          {t('handouts.printAll')}
        </button>
      </div>
      {HANDOUTS.map((h) => (
        <article
          key={h}
          className="handout card"
          data-handout={h}
          lang={content.lng}
          dir={content.dir}
          aria-labelledby={`handout-${h}`}
        >
          {h === 'questions' && <QuestionsHandout {...props} />}
          {h === 'care' && <CareHandout {...props} />}
          {h === 'week' && <WeekHandout {...props} />}
          <button type="button" className="button no-print" onClick={() => print(h)}>
            {content.t('handouts.printOne')}
          </button>
        </article>
      ))}
    </div>
  );
}

interface HandoutProps {
  battery: Battery;
  t: TFunction;
  lng: string;
}

function QuestionsHandout({ battery, t, lng }: HandoutProps) {
  const text = (x: Text) => pickText(x, lng, battery);
  // In the order they are asked: first questions (about her work), then each category; a
  // follow-up says that it is asked only after certain answers.
  const ordered = askingOrder(battery, defaultForm(battery));
  const first = ordered.filter((i) => i.role === 'context' && !i.showIf);
  const indicators = ordered.filter((i) => !first.includes(i));
  return (
    <>
      <h2 id="handout-questions">{t('handouts.questions.title')}</h2>
      <p>{t('handouts.questions.intro')}</p>
      <p className="hint">{t('handouts.questions.skip')}</p>
      <div className="paper-columns">
        {first.length > 0 && (
          <section className="paper-category">
            <ol className="paper-questions">
              {first.map((ind) => (
                <PaperQuestion key={ind.id} battery={battery} indicator={ind} text={text} t={t} />
              ))}
            </ol>
          </section>
        )}
        {CATEGORY_IDS.map((c) => {
          const items = indicators.filter((i) => i.category === c);
          const category = battery.categories.find((x) => x.id === c);
          if (items.length === 0 || !category) return null;
          return (
            <section key={c} className="paper-category">
              <h3>{text(category.name)}</h3>
              <ol className="paper-questions" start={items[0] ? ordered.indexOf(items[0]) + 1 : 1}>
                {items.map((ind) => (
                  <PaperQuestion key={ind.id} battery={battery} indicator={ind} text={text} t={t} />
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </>
  );
}

function PaperQuestion({
  battery,
  indicator,
  text,
  t,
}: {
  battery: Battery;
  indicator: Indicator;
  text: (x: Text) => string;
  t: TFunction;
}) {
  return (
    <li>
      {indicator.showIf && <p className="hint">{t('presenter.followUp')}</p>}
      <p>{text(indicator.question)}</p>
      <ul className="paper-options">
        {scaleOf(battery, indicator).options.map((o) => (
          <li key={o.id}>
            <span className="box" aria-hidden="true" />
            {text(o.label)}
          </li>
        ))}
      </ul>
    </li>
  );
}

function CareHandout({ battery, t, lng }: HandoutProps) {
  const text = (x: Text) => pickText(x, lng, battery);
  return (
    <>
      <h2 id="handout-care">{t('handouts.care.title')}</h2>
      <p>{t('handouts.care.intro')}</p>
      <div className="paper-columns">
        {ACTORS.map((who) => {
          const routines = battery.routines.filter((r) => r.who === who);
          if (routines.length === 0) return null;
          return (
            <section key={who}>
              <h3>{t(`handouts.care.${who}`)}</h3>
              <ul className="paper-list">
                {routines.map((r) => (
                  <li key={r.id}>
                    <strong>{text(r.title)}</strong>{' '}
                    <span className="tag">{t(`app:rhythm.${r.rhythm}`)}</span>
                    <br />
                    {text(r.detail)}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}

function WeekHandout({ battery, t, lng }: HandoutProps) {
  const text = (x: Text) => pickText(x, lng, battery);
  // One idea per kind of security keeps it to one page.
  const ideas = CATEGORY_IDS.flatMap((c) => {
    const action = battery.actions.find((a) => a.horizon === 'week' && a.categories[0] === c);
    return action ? [action] : [];
  });
  return (
    <>
      <h2 id="handout-week">{t('handouts.week.title')}</h2>
      <p>{t('handouts.week.intro')}</p>
      <section className="paper-box">
        <h3>{t('handouts.week.dangerTitle')}</h3>
        <ol>
          <li>{t('app:results.urgentStep1')}</li>
          <li>{t('app:results.urgentStep2')}</li>
          <li>{t('app:results.urgentStep3')}</li>
        </ol>
      </section>
      {ideas.length > 0 && (
        <section>
          <h3>{t('handouts.week.ideasTitle')}</h3>
          <ul className="paper-list">
            {ideas.map((a) => (
              <li key={a.id}>{text(a.title)}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="write-in">
        <h3>{t('handouts.week.mySteps')}</h3>
        <p className="line">1.</p>
        <p className="line">2.</p>
        <h3>{t('handouts.week.myPerson')}</h3>
        <p className="line" />
        <h3>{t('handouts.week.myRoutine')}</h3>
        <p className="line" />
      </section>
      <section>
        <h3>{t('handouts.week.checkTitle')}</h3>
        <p>{t('handouts.week.check')}</p>
        <p className="line">{t('handouts.week.checkCode')}</p>
      </section>
    </>
  );
}
