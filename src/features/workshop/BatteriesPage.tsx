/**
 * Adapted batteries: a trainer's organisation loads its own version of the questions, wording,
 * actions and local contacts from a JSON file. The file passes the same parse step and report as
 * `npm run validate:indicators`; a refused file changes nothing and says what is wrong, and where.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText, type Battery } from '../../domain/index.ts';
import {
  addBatteryFromText,
  batteryKey,
  removeAdaptedBattery,
  type AvailableBattery,
} from '../../services/batteries.ts';
import { listBatteriesInUse, type BatteryUses } from '../../services/batteryUses.ts';
import { beginAssessmentWith } from '../../services/assessments.ts';
import { useRouter } from '../../ui/navigation.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { FileField } from '../../ui/FileField.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { Pending } from '../../ui/Pending.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { formatBatteryReport } from '../../i18n/batteryReport.ts';
import { formatDate } from '../../i18n/format.ts';
import './workshop.css';
import { CheckIcon } from '../../ui/icons.tsx';

/** Far above any real battery (the shipped one, in four languages, is about 200 kB). */
const MAX_MB = 5;
/** Problems listed on screen; the rest are counted. */
const SHOWN_PROBLEMS = 30;

type Outcome =
  | { type: 'checking' }
  | { type: 'loaded'; battery: Battery }
  | { type: 'refused'; lines: string[]; more: number };

/**
 * The file's text, through FileReader (it works in every browser we support). Strictly UTF-8: a
 * file in another encoding is refused, rather than loaded with its letters silently replaced.
 */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      try {
        if (!(reader.result instanceof ArrayBuffer)) throw new Error('not text');
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(reader.result));
      } catch (error) {
        reject(error instanceof Error ? error : new Error('not UTF-8'));
      }
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file);
  });
}

export default function BatteriesPage() {
  const { t, i18n } = useTranslation(['workshop', 'app']);
  const [state, reload] = useAsync(() => listBatteriesInUse(), []);
  const [outcome, setOutcome] = useState<Outcome>();
  const [error, setError] = useState<unknown>();
  // Which file is current: the check of an earlier one is ignored when it ends.
  const attempt = useRef(0);

  /** Another file, or none: what was said about the earlier one goes, and this one is checked. */
  const onFile = async (file: File | undefined) => {
    const mine = ++attempt.current;
    setError(undefined);
    setOutcome(file ? { type: 'checking' } : undefined);
    if (!file) return;
    const setOutcomeIfCurrent = (next: Outcome | undefined) => {
      if (mine === attempt.current) setOutcome(next);
    };
    try {
      if (file.size > MAX_MB * 1024 * 1024) {
        setOutcomeIfCurrent({ type: 'refused', lines: [t('batteries.tooBig', { size: MAX_MB })], more: 0 });
        return;
      }
      let text: string;
      try {
        text = await readText(file);
      } catch {
        setOutcomeIfCurrent({ type: 'refused', lines: [t('batteries.unreadable')], more: 0 });
        return;
      }
      const result = await addBatteryFromText(text);
      if (result.ok) {
        setOutcomeIfCurrent({ type: 'loaded', battery: result.battery });
        reload();
      } else if (result.reason === 'invalid') {
        const lines = formatBatteryReport(result.issues, result.source, i18n.t);
        const [head = '', ...rest] = lines;
        setOutcomeIfCurrent({
          type: 'refused',
          lines: [head, ...rest.slice(0, SHOWN_PROBLEMS)],
          more: Math.max(rest.length - SHOWN_PROBLEMS, 0),
        });
      } else {
        const params = { id: result.battery.id, version: result.battery.version };
        setOutcomeIfCurrent({
          type: 'refused',
          lines: [
            result.reason === 'shipped'
              ? t('batteries.refusedShipped', params)
              : t('batteries.refusedExists', params),
          ],
          more: 0,
        });
      }
    } catch (e) {
      if (mine !== attempt.current) return;
      setOutcome(undefined);
      setError(e);
    }
  };

  return (
    <div className="stack batteries">
      <ScreenTitle>{t('batteries.title')}</ScreenTitle>
      <p>{t('batteries.intro')}</p>
      <p className="hint">{t('batteries.how')}</p>

      <section className="card stack" aria-labelledby="load-title">
        <h2 id="load-title">{t('batteries.loadTitle')}</h2>
        <FileField
          label={t('batteries.file')}
          accept=".json,application/json"
          onFile={(file) => void onFile(file)}
          testId="battery-file"
        />
        {outcome?.type === 'checking' && (
          <p className="loading" role="status">
            {t('batteries.checking')}
          </p>
        )}
        {outcome?.type === 'loaded' && (
          <p className="notice notice-success" role="status">
            <CheckIcon />{' '}
            {t('batteries.loaded', {
              title: pickText(outcome.battery.title, i18n.language, outcome.battery),
              version: outcome.battery.version,
              author: outcome.battery.author,
            })}
          </p>
        )}
        {outcome?.type === 'refused' && (
          <div className="notice notice-warning battery-report" role="alert">
            <p>
              <strong>{t('batteries.refused')}</strong>
            </p>
            {outcome.lines.map((line, i) => (line.startsWith('- ') ? null : <p key={i}>{line}</p>))}
            {outcome.lines.some((l) => l.startsWith('- ')) && (
              <ul>
                {outcome.lines
                  .filter((l) => l.startsWith('- '))
                  .map((line, i) => (
                    <li key={i}>{line.slice(2)}</li>
                  ))}
              </ul>
            )}
            {outcome.more > 0 && <p>{t('batteries.moreProblems', { count: outcome.more })}</p>}
          </div>
        )}
        {error !== undefined && <ErrorMessage error={error} />}
      </section>

      <section className="stack" aria-labelledby="list-title">
        <h2 id="list-title">{t('batteries.listTitle')}</h2>
        {state.status !== 'ready' && <Pending state={state} />}
        {state.status === 'ready' && (
          <ul className="battery-list">
            {state.value.available.map((a) => (
              <BatteryItem
                key={batteryKey(a.battery.id, a.battery.version)}
                item={a}
                uses={state.value.uses.get(batteryKey(a.battery.id, a.battery.version))}
                onRemoved={reload}
                onError={setError}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function BatteryItem({
  item,
  uses,
  onRemoved,
  onError,
}: {
  item: AvailableBattery;
  uses: BatteryUses | undefined;
  onRemoved: () => void;
  onError: (error: unknown) => void;
}) {
  const { t, i18n } = useTranslation(['workshop', 'app']);
  const { navigate } = useRouter();
  const { battery, source, addedAt } = item;
  const lng = i18n.language;
  const key = batteryKey(battery.id, battery.version);

  const assess = async () => {
    try {
      const a = await beginAssessmentWith(battery);
      navigate({ name: 'assessment', id: a.id });
    } catch (e) {
      onError(e);
    }
  };

  return (
    <li className="card stack battery-item">
      <h3>{pickText(battery.title, lng, battery)}</h3>
      <p className="hint">
        {t('batteries.meta', { version: battery.version, author: battery.author })}
        <br />
        {t('batteries.languages', { languages: battery.languages.join(', ') })}
        {!battery.languages.includes(lng) && (
          <>
            <br />
            <strong>{t('batteries.notInLanguage', { language: battery.languages[0] ?? '' })}</strong>
          </>
        )}
        <br />
        {source === 'shipped'
          ? t('batteries.shipped')
          : t('batteries.added', { date: addedAt ? formatDate(addedAt, lng) : '' })}
      </p>
      <p>{pickText(battery.description, lng, battery)}</p>
      <button type="button" className="button" onClick={() => navigate({ name: 'practice', battery: key })}>
        {t('batteries.practise')}
      </button>
      {source === 'adapted' && (
        <>
          <button type="button" className="button" onClick={() => void assess()}>
            {t('batteries.assess')}
          </button>
          {uses && uses.assessments > 0 ? (
            <p className="hint">{t('batteries.inUse', { count: uses.assessments })}</p>
          ) : uses && uses.plan > 0 ? (
            <p className="hint">{t('batteries.inPlan')}</p>
          ) : (
            <ConfirmButton
              className="button danger-outline"
              question={t('batteries.removeQuestion')}
              confirmLabel={t('batteries.removeConfirm')}
              onConfirm={async () => {
                try {
                  await removeAdaptedBattery(battery.id, battery.version);
                  onRemoved();
                } catch (e) {
                  onError(e);
                }
              }}
            >
              {t('batteries.remove')}
            </ConfirmButton>
          )}
        </>
      )}
    </li>
  );
}
