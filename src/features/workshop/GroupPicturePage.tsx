/**
 * Group picture (workshop mode, presenter side): participants who choose to show the code at the
 * end of their practice are counted here, by camera or by typing the short code under the QR code.
 * The codes stay in this screen's memory only: nothing is written anywhere, "End and clear" and
 * closing the tab forget them, and so does quick exit. Counts per category and level show only
 * once at least MIN_GROUP different codes are in (fewer could point at a person), with the
 * facilitator guide's discussion prompt for each category, in the language the trainer chooses.
 * Printing or saving gives the counts, the date and the question set: nothing per person.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CATEGORY_IDS,
  pickText,
  type Battery,
  COUNT_KEYS,
  MIN_GROUP,
  countLevels,
  decodeGroupCode,
  type GroupCode,
  type GroupLevel,
} from '../../domain/index.ts';
import { CURRENT_BATTERY, listAvailableBatteries, type AvailableBattery } from '../../services/batteries.ts';
import { downloadFile } from '../../ui/deliver.ts';
import { onQuickExit } from '../../ui/quickExit.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { Pending } from '../../ui/Pending.tsx';
import { BatteryChoice } from './BatteryChoice.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import { useContentLanguage } from './useContentLanguage.ts';
import { levelWords } from './groupWords.ts';
import './workshop.css';

// The decoder loads with the camera, only on this screen.
const CameraScanner = lazy(() => import('../../ui/CameraScanner.tsx'));
const CAMERA_STATES = ['starting', 'on', 'denied', 'none', 'error'] as const;

type Message = { tone: 'ok' | 'same' | 'refused'; text: string };

export default function GroupPicturePage() {
  const [state] = useAsync(() => listAvailableBatteries(), []);
  if (state.status !== 'ready') return <Pending state={state} />;
  const initial = state.value.find((a) => a.battery.id === CURRENT_BATTERY.id) ?? state.value[0];
  if (!initial) return null;
  return <GroupPicture available={state.value} initial={initial.battery} />;
}

function GroupPicture({ available, initial }: { available: AvailableBattery[]; initial: Battery }) {
  const { t } = useTranslation(['workshop', 'app']);
  const content = useContentLanguage();
  const [battery, setBattery] = useState(initial);
  // The codes kept: the ref decides "new or already counted" at once (camera frames come quickly),
  // the state draws the screen.
  const codesRef = useRef<ReadonlyMap<string, GroupCode>>(new Map());
  const [codes, setCodes] = useState<ReadonlyMap<string, GroupCode>>(() => new Map());
  const [message, setMessage] = useState<Message>();
  const [isCameraOn, setCameraOn] = useState(false);
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const [day] = useState(() => new Date());

  const clear = () => {
    codesRef.current = new Map();
    setCodes(codesRef.current);
    setMessage(undefined);
    setTyped('');
  };
  useEffect(() => onQuickExit(clear), []);

  const add = (text: string): boolean => {
    const result = decodeGroupCode(text, battery);
    if (!result.ok) {
      setMessage({
        tone: 'refused',
        text: t(`group.refused.${result.problem}`, {
          set: result.battery ? `${result.battery.id} ${result.battery.version}` : '',
        }),
      });
      return false;
    }
    if (codesRef.current.has(result.key)) {
      setMessage({ tone: 'same', text: t('group.same') });
      return true;
    }
    codesRef.current = new Map(codesRef.current).set(result.key, result.code);
    setCodes(codesRef.current);
    setMessage({ tone: 'ok', text: t('group.added', { count: codesRef.current.size }) });
    return true;
  };

  const submitTyped = (event: SyntheticEvent) => {
    event.preventDefault();
    if (add(typed)) setTyped('');
  };

  const count = codes.size;
  const text = (x: Parameters<typeof pickText>[0]) => pickText(x, content.lng, battery);
  const date = day.toLocaleDateString(content.lng, { year: 'numeric', month: 'long', day: 'numeric' });

  const save = () => {
    const counts = countLevels([...codes.values()]);
    const rows = [
      ['category', ...COUNT_KEYS],
      ...CATEGORY_IDS.map((c) => [c, ...COUNT_KEYS.map((k) => String(counts[c][k] ?? 0))]),
    ];
    const csv = [
      `# ${battery.id} ${battery.version}, ${day.toISOString().slice(0, 10)}, ${count} participants`,
      ...rows.map((r) => r.join(',')),
    ].join('\n');
    downloadFile(new TextEncoder().encode(`${csv}\n`), `group-picture-${day.toISOString().slice(0, 10)}.csv`);
  };

  return (
    <div className="stack group-picture">
      <div className="stack no-print">
        <ScreenTitle>{t('group.title')}</ScreenTitle>
        <p>{t('group.intro')}</p>
        <p className="hint">{t('group.memoryOnly')}</p>
        <div className="presenter-controls">
          <LanguageSelect label={t('group.language')} value={content.lng} onChange={content.choose} />
          {available.length > 1 && count === 0 && (
            <BatteryChoice
              legend={t('practice.battery')}
              available={available}
              value={battery}
              onChange={setBattery}
            />
          )}
        </div>

        <section className="card stack" aria-labelledby="group-add-title">
          <h2 id="group-add-title">{t('group.addTitle')}</h2>
          {isCameraOn ? (
            <>
              <Suspense fallback={<p className="hint">{t('group.camera.starting')}</p>}>
                <CameraScanner
                  onText={add}
                  words={{
                    view: t('group.cameraView'),
                    state: Object.fromEntries(
                      CAMERA_STATES.map((k) => [k, t(`group.camera.${k}`)]),
                    ) as Record<(typeof CAMERA_STATES)[number], string>,
                  }}
                />
              </Suspense>
              <button type="button" className="button" onClick={() => setCameraOn(false)}>
                {t('group.cameraStop')}
              </button>
            </>
          ) : (
            <button type="button" className="button primary" onClick={() => setCameraOn(true)}>
              {t('group.cameraStart')}
            </button>
          )}
          <form className="stack typed-form" onSubmit={submitTyped}>
            <div className="field">
              <label htmlFor={inputId}>{t('group.typeLabel')}</label>
              <input
                id={inputId}
                className="typed-input"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                dir="ltr"
                inputMode="text"
                aria-describedby={`${inputId}-hint`}
              />
              <p className="hint" id={`${inputId}-hint`}>
                {t('group.typeHint')}
              </p>
            </div>
            <button type="submit" className="button" disabled={typed.trim() === ''}>
              {t('group.typeAdd')}
            </button>
          </form>
          <div aria-live="polite" className="group-message">
            {message && (
              <p className={message.tone === 'refused' ? 'notice notice-warning' : 'notice notice-success'}>
                {message.text}
              </p>
            )}
          </div>
        </section>
      </div>

      <section
        className="card stack group-result"
        aria-labelledby="group-result-title"
        lang={content.lng}
        dir={content.dir}
      >
        <h2 id="group-result-title">{content.t('group.resultTitle')}</h2>
        <p className="group-meta">
          {content.t('group.meta', { title: text(battery.title), version: battery.version, date })}
        </p>
        <p className="group-count" role="status">
          {content.t('group.count', { count })}
        </p>
        {count < MIN_GROUP ? (
          <p className="notice group-waiting">{content.t('group.waiting', { count: MIN_GROUP - count })}</p>
        ) : (
          <GroupCounts battery={battery} codes={[...codes.values()]} lng={content.lng} t={content.t} />
        )}
      </section>

      <div className="button-row no-print">
        <button type="button" className="button" disabled={count < MIN_GROUP} onClick={() => window.print()}>
          {t('group.print')}
        </button>
        <button type="button" className="button" disabled={count < MIN_GROUP} onClick={save}>
          {t('group.save')}
        </button>
        <button type="button" className="button" disabled={count === 0 && !message} onClick={clear}>
          {t('group.clear')}
        </button>
      </div>
    </div>
  );
}

function GroupCounts({
  battery,
  codes,
  lng,
  t,
}: {
  battery: Battery;
  codes: GroupCode[];
  lng: string;
  t: ReturnType<typeof useContentLanguage>['t'];
}) {
  const counts = countLevels(codes);
  const rows = COUNT_KEYS.filter((k) => CATEGORY_IDS.some((c) => (counts[c][k] ?? 0) > 0));
  const name = (c: string) => {
    const category = battery.categories.find((x) => x.id === c);
    return category ? pickText(category.name, lng, battery) : c;
  };
  const levelOf = (key: string): GroupLevel => {
    const [level, kind] = key.split('.') as [GroupLevel['level'], GroupLevel['kind']?];
    return kind ? { level, kind } : { level };
  };
  return (
    <>
      <div className="table-scroll">
        <table className="group-table">
          <caption>{t('group.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('group.levelHeader')}</th>
              {CATEGORY_IDS.map((c) => (
                <th key={c} scope="col">
                  <bdi>{name(c)}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((k) => (
              <tr key={k} data-level={k}>
                <th scope="row">{levelWords(t, levelOf(k))}</th>
                {CATEGORY_IDS.map((c) => (
                  <td key={c} data-category={c}>
                    {counts[c][k] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('group.promptsTitle')}</h3>
      <p>{t('guide.groupPrompts.intro')}</p>
      <dl className="group-prompts">
        {CATEGORY_IDS.map((c) => (
          <div key={c}>
            <dt>
              <bdi>{name(c)}</bdi>
            </dt>
            <dd>{t(`guide.groupPrompts.${c}`)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
