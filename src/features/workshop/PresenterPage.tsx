/**
 * Presenter view, for a projector or a laptop: large type, one slide per category and per question
 * with what it means and why it matters. Built from the battery alone: it never sees an answer.
 * Arrow keys, space and a clicker (PageDown/PageUp) move through it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { itemsOf, pickText, scaleOf, type Battery, type Indicator, type Text } from '../../domain/index.ts';
import { CURRENT_BATTERY, listAvailableBatteries } from '../../services/batteries.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { buildSlides, slideMove, type Slide } from './slides.ts';
import { useContentLanguage } from './useContentLanguage.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { defaultForm, FormChoice, type FormId } from './FormChoice.tsx';
import { BatteryChoice } from './BatteryChoice.tsx';
import './workshop.css';
import { Pending } from '../../ui/Pending.tsx';
import { ArrowIcon } from '../../ui/icons.tsx';
import { useRouter } from '../../ui/navigation.tsx';

export default function PresenterPage() {
  const [state] = useAsync(() => listAvailableBatteries(), []);
  useEffect(() => {
    document.body.classList.add('presenting');
    return () => document.body.classList.remove('presenting');
  }, []);
  if (state.status !== 'ready') return <Pending state={state} />;
  const available = state.value;
  const initial = available.find((a) => a.battery.id === CURRENT_BATTERY.id) ?? available[0];
  if (!initial) return null;
  return <Presenter available={available} initial={initial.battery} />;
}

function Presenter({
  available,
  initial,
}: {
  available: Awaited<ReturnType<typeof listAvailableBatteries>>;
  initial: Battery;
}) {
  const { t } = useTranslation(['workshop', 'app']);
  const { navigate } = useRouter();
  const content = useContentLanguage();
  const [battery, setBattery] = useState(initial);
  const [formId, setFormId] = useState<FormId>(() => defaultForm(initial));
  const slides = useMemo(() => buildSlides(battery, formId), [battery, formId]);
  const [index, setIndex] = useState(0);
  const deckRef = useRef<HTMLDivElement>(null);
  const at = Math.min(index, slides.length - 1);
  const slide = slides[at] ?? { type: 'title' };
  const { dir } = content;

  // A laptop or projector (wide, landscape): the deck is as tall as the window (workshop.css), and
  // opens scrolled into view, so the whole slide and its buttons show without full screen.
  useEffect(() => {
    // (Not every browser-like place has matchMedia: jsdom in unit tests has none.)
    if (
      typeof window.matchMedia === 'function' &&
      window.matchMedia('(min-width: 48rem) and (orientation: landscape)').matches
    )
      deckRef.current?.scrollIntoView({ block: 'start' });
  }, []);

  const [isBlank, setBlank] = useState(false);
  const goFullScreen = () => {
    const deck = deckRef.current;
    if (!deck) return;
    // The deck takes focus: the clicker's keys then reach it, not a control she set up before.
    deck.focus();
    void deck.requestFullscreen().catch(() => undefined);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof HTMLElement ? event.target : undefined;
      const move = slideMove(event.key, dir);
      if (!move) return;
      // A clicker's PageDown/PageUp/F5 move the slides wherever focus is (a radio or a list she set
      // up a moment ago must not swallow them); other keys stay with form controls, and a focused
      // button keeps space.
      const isClickerKey = ['PageDown', 'PageUp', 'F5'].includes(event.key);
      if (!isClickerKey && target?.closest('input, select, textarea')) return;
      if (!isClickerKey && target?.closest('button, summary, a') && event.key === ' ') return;
      event.preventDefault();
      if (move === 'blank') {
        setBlank((b) => !b);
        return;
      }
      if (move === 'fullScreen') {
        if (!document.fullscreenElement) goFullScreen();
        return;
      }
      setBlank(false);
      setIndex((i) => {
        const last = slides.length - 1;
        const from = Math.min(i, last);
        if (move === 'next') return Math.min(from + 1, last);
        if (move === 'previous') return Math.max(from - 1, 0);
        return move === 'first' ? 0 : last;
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dir, slides.length]);

  const position = content.t('presenter.position', { current: at + 1, total: slides.length });
  const canFullScreen = typeof document.fullscreenEnabled === 'boolean' && document.fullscreenEnabled;

  return (
    <div className="stack presenter">
      <ScreenTitle>{t('presenter.title')}</ScreenTitle>
      <p>{t('presenter.intro')}</p>
      <p className="hint">{t('presenter.keys')}</p>

      <div
        className={`deck${isBlank ? ' is-blank' : ''}`}
        ref={deckRef}
        lang={content.lng}
        dir={dir}
        tabIndex={-1}
      >
        <section
          className={`slide slide-${slide.type}`}
          aria-roledescription={content.t('presenter.slide')}
          aria-label={position}
          hidden={isBlank}
        >
          <SlideBody slide={slide} battery={battery} t={content.t} lng={content.lng} />
        </section>
        <div className="deck-nav">
          <button
            type="button"
            className="button"
            disabled={at === 0}
            onClick={() => setIndex(Math.max(at - 1, 0))}
          >
            <ArrowIcon direction="back" /> {content.t('presenter.previous')}
          </button>
          <p className="deck-position" aria-live="polite">
            {position}
          </p>
          <button
            type="button"
            className="button primary"
            disabled={at === slides.length - 1}
            onClick={() => setIndex(Math.min(at + 1, slides.length - 1))}
          >
            {content.t('presenter.next')} <ArrowIcon direction="forward" />
          </button>
        </div>
        {canFullScreen && (
          <button type="button" className="link-button no-fullscreen" onClick={goFullScreen}>
            {content.t('presenter.fullScreen')}
          </button>
        )}
      </div>
      <button type="button" className="button" onClick={() => navigate({ name: 'groupPicture' })}>
        {t('hub.groupPicture')}
      </button>
      <div className="presenter-controls">
        <LanguageSelect label={t('presenter.language')} value={content.lng} onChange={content.choose} />
        {available.length > 1 && (
          <BatteryChoice
            legend={t('practice.battery')}
            available={available}
            value={battery}
            onChange={(b) => {
              setBattery(b);
              setFormId(defaultForm(b));
              setIndex(0);
            }}
          />
        )}
        <FormChoice
          battery={battery}
          legend={t('presenter.form')}
          name="presenter-form"
          value={formId}
          onChange={(f) => {
            setFormId(f);
            setIndex(0);
          }}
        />
      </div>
    </div>
  );
}

function SlideBody({
  slide,
  battery,
  t,
  lng,
}: {
  slide: Slide;
  battery: Battery;
  t: TFunction;
  lng: string;
}) {
  const text = (x: Text) => pickText(x, lng, battery);
  switch (slide.type) {
    case 'title':
      return (
        <>
          <p className="slide-eyebrow">{text(battery.title)}</p>
          <h2>{t('presenter.titleSlide.heading')}</h2>
          <p>{t('presenter.titleSlide.text')}</p>
          <p className="slide-note">
            <svg viewBox="0 0 20 20" width="24" height="24" aria-hidden="true" className="inline-icon">
              <path d="M10 1.5 3 4.5v5c0 4.2 3 7.7 7 9 4-1.3 7-4.8 7-9v-5z" />
            </svg>
            {t('presenter.titleSlide.privacy')}
          </p>
        </>
      );
    case 'model':
      return (
        <>
          <h2>{t('presenter.modelSlide.heading')}</h2>
          <p>{t('presenter.modelSlide.text')}</p>
          <ul>
            <li>{t('presenter.modelSlide.threat')}</li>
            <li>{t('presenter.modelSlide.vulnerability')}</li>
            <li>{t('presenter.modelSlide.capacity')}</li>
          </ul>
        </>
      );
    case 'about':
      return (
        <>
          <p className="slide-eyebrow">{t('presenter.categoryCount', { count: slide.count })}</p>
          <h2>{t('presenter.aboutSlide.heading')}</h2>
          <p>{t('presenter.aboutSlide.text')}</p>
        </>
      );
    case 'category':
      return (
        <>
          <p className="slide-eyebrow">{t('presenter.categoryCount', { count: slide.count })}</p>
          <h2>
            <bdi>{text(slide.category.name)}</bdi>
          </h2>
          <p>
            <bdi>{text(slide.category.intro)}</bdi>
          </p>
        </>
      );
    case 'question': {
      const { indicator } = slide;
      const options = scaleOf(battery, indicator).options;
      return (
        <>
          <p className="slide-eyebrow">
            {slide.about
              ? t('presenter.aboutOf', { current: slide.number, total: slide.total })
              : t('presenter.questionOf', {
                  category: text(slide.category.name),
                  current: slide.number,
                  total: slide.total,
                })}
          </p>
          {slide.followUp && <p className="slide-note">{t('presenter.followUp')}</p>}
          <h2>
            <bdi>{text(indicator.question)}</bdi>
          </h2>
          <div className="slide-columns">
            <div>
              <h3>{t('presenter.means')}</h3>
              <p>{indicator.help ? text(indicator.help) : t(`presenter.role.${indicator.role}`)}</p>
              <h3>{t('presenter.answers')}</h3>
              <p className="slide-options">
                {[...options.map((o) => text(o.label)), t('presenter.preferNotToSay')].join(' · ')}
              </p>
            </div>
            <div>
              <h3>{t('presenter.matters')}</h3>
              {indicator.help && <p>{t(`presenter.role.${indicator.role}`)}</p>}
              <p>
                {t(`presenter.level.${indicator.level}`)} {t(`presenter.sphere.${indicator.sphere}`)}
              </p>
              {indicator.selfRated && <p>{t('presenter.selfRated')}</p>}
              {hasRedFlag(battery, indicator) && <p className="slide-flag">{t('presenter.redFlag')}</p>}
            </div>
          </div>
        </>
      );
    }
    case 'end':
      return (
        <>
          <h2>{t('presenter.endSlide.heading')}</h2>
          <ul>
            <li>{t('presenter.endSlide.q1')}</li>
            <li>{t('presenter.endSlide.q2')}</li>
            <li>{t('presenter.endSlide.q3')}</li>
          </ul>
          <p className="slide-note">{t('presenter.endSlide.text')}</p>
        </>
      );
  }
}

/** Whether an answer to this question can set a floor: its own red flags (model 1), or a flag that reads it (model 2). */
function hasRedFlag(battery: Battery, indicator: Indicator): boolean {
  if (indicator.redFlags.length > 0) return true;
  const flags = new Map((battery.flags ?? []).map((f) => [f.id, f]));
  return (battery.flags ?? []).some((f) => itemsOf(f.when, flags).has(indicator.id));
}
