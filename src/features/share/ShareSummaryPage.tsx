/**
 * Send a summary: she ticks what goes in, sees exactly what will be shared, chooses a passphrase
 * (told to the contact another way) or the contact's key, and only then is it encrypted.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildSummary,
  isSummaryEmpty,
  serializeSummary,
  type Summary,
  type SummaryChoices,
} from '../../domain/index.ts';
import { encryptToPassphrase, encryptToRecipient, isAgeRecipient } from '../../crypto/age.ts';
import { suggestPassphrase } from '../../crypto/passphrase.ts';
import { FilePassphraseField, isPassphraseLongEnough } from '../../ui/FilePassphraseField.tsx';
import { listCompleted } from '../../storage/assessments.ts';
import { listContacts, saveContact, type Contact } from '../../storage/contacts.ts';
import { listPlan, type PlanItem } from '../../storage/plan.ts';
import { listRoutines, type KeptRoutineItem } from '../../storage/routines.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { useRouter } from '../../ui/navigation.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { loadResult, type LoadedResult } from '../../services/results.ts';
import { answerWords } from '../../ui/answerWords.ts';
import { pickText } from '../../domain/index.ts';
import { SummaryView } from './SummaryView.tsx';
import { Delivery } from '../../ui/Delivery.tsx';
import { fileName } from '../../ui/deliver.ts';
import '../../ui/share.css';

declare const __APP_VERSION__: string;

/** The passphrase must resist guessing on someone else's computers. */

interface ShareData {
  loaded?: LoadedResult;
  contacts: Contact[];
  plan: PlanItem[];
  routines: KeptRoutineItem[];
}

async function loadLatest(): Promise<ShareData> {
  const completed = await listCompleted();
  const latest = completed[completed.length - 1];
  const loaded = latest ? await loadResult(latest.id) : undefined;
  const [contacts, plan, routines] = await Promise.all([listContacts(), listPlan(), listRoutines()]);
  return { loaded, contacts, plan, routines };
}

type Step = 'choose' | 'lock' | 'done';

export default function ShareSummaryPage() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const [state] = useAsync(loadLatest, []);
  if (state.status === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div className="stack">
        <ScreenTitle>{t('share:send.title')}</ScreenTitle>
        <ErrorMessage error={state.error} />
      </div>
    );
  }
  const { loaded, contacts, plan, routines } = state.value;
  if (!loaded) {
    return (
      <div className="stack">
        <ScreenTitle>{t('share:send.title')}</ScreenTitle>
        <p>{t('share:send.nothingYet')}</p>
        <button type="button" className="button" onClick={() => navigate({ name: 'home' })}>
          {t('app.home')}
        </button>
      </div>
    );
  }
  return <ShareSummaryFlow loaded={loaded} contacts={contacts} plan={plan} routines={routines} />;
}

function ShareSummaryFlow({
  loaded,
  contacts,
  plan,
  routines,
}: {
  loaded: LoadedResult;
  contacts: Contact[];
  plan: PlanItem[];
  routines: KeptRoutineItem[];
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { battery, result, assessment } = loaded;
  const [step, setStep] = useState<Step>('choose');
  const [levels, setLevels] = useState<string[]>(() => result.categories.map((c) => c.category));
  const [concerns, setConcerns] = useState<string[]>([]);
  const [note, setNote] = useState('');
  // Her plan goes in only as she ticks it; her notes on it only if she ticks them too.
  const [hasPlan, setHasPlan] = useState(false);
  const [hasRoutines, setHasRoutines] = useState(false);
  const [hasPlanNotes, setHasPlanNotes] = useState(false);
  const hasAnyPlanNote = plan.some((p) => p.note.trim() !== '') || routines.some((r) => r.note.trim() !== '');
  const [method, setMethod] = useState<'passphrase' | 'key'>('passphrase');
  const [passphrase, setPassphrase] = useState(() => suggestPassphrase());
  const withKey = contacts.filter((c) => c.ageRecipient);
  const [contactId, setContactId] = useState(withKey[0]?.id ?? '');
  const [key, setKey] = useState(withKey[0]?.ageRecipient ?? '');
  const [isRemembering, setRemembering] = useState(true);
  const [error, setError] = useState<unknown>();
  const [isBusy, setBusy] = useState(false);
  const [file, setFile] = useState<Uint8Array>();

  const drivers = useMemo(
    () =>
      result.categories.flatMap((c) =>
        c.drivers.map((d) => ({ answer: d, category: c.category, ...answerWords(battery, d, lng) })),
      ),
    [result, battery, lng],
  );
  const categoryName = (id: string) => {
    const c = battery.categories.find((x) => x.id === id);
    return c ? pickText(c.name, lng, battery) : id;
  };

  const summary: Summary = useMemo(() => {
    const choices: SummaryChoices = {
      levels,
      concerns: drivers
        .filter((d) => concerns.includes(d.answer.indicatorId))
        .map((d) => ({ indicatorId: d.answer.indicatorId, topic: d.topic, choice: d.choice })),
      note,
      plan: {
        actions: hasPlan
          ? plan.map((p) => ({
              actionId: p.actionId,
              batteryId: p.batteryId,
              batteryVersion: p.batteryVersion,
              status: p.status,
              note: p.note,
            }))
          : [],
        routines: hasRoutines
          ? routines.map((r) => ({
              routineId: r.routineId,
              batteryId: r.batteryId,
              batteryVersion: r.batteryVersion,
              rhythm: r.rhythm,
              note: r.note,
            }))
          : [],
        withNotes: hasPlanNotes,
      },
    };
    return buildSummary({
      result,
      choices,
      assessedAt: assessment.completedAt ?? assessment.updatedAt,
      now: new Date(),
      appVersion: __APP_VERSION__,
    });
  }, [
    levels,
    concerns,
    note,
    drivers,
    result,
    assessment,
    plan,
    routines,
    hasPlan,
    hasRoutines,
    hasPlanNotes,
  ]);

  const toggle = (list: string[], set: (v: string[]) => void, id: string) =>
    set(list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  const contact = contacts.find((c) => c.id === contactId);
  const isKeyValid = isAgeRecipient(key);
  const canLock = method === 'passphrase' ? isPassphraseLongEnough(passphrase) : isKeyValid && !isBusy;

  const lock = async () => {
    setError(undefined);
    setBusy(true);
    try {
      const text = serializeSummary(summary);
      const bytes =
        method === 'passphrase'
          ? await encryptToPassphrase(text, passphrase.trim())
          : await encryptToRecipient(text, key);
      if (method === 'key' && contact && isRemembering && contact.ageRecipient !== key.trim()) {
        await saveContact({ ...contact, ageRecipient: key.trim() });
      }
      setFile(bytes);
      setStep('done');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (step === 'choose') {
    return (
      <div className="stack">
        <ScreenTitle focusKey={step}>{t('share:send.title')}</ScreenTitle>
        <p className="lead">{t('share:send.lead')}</p>
        <fieldset className="choices">
          <legend>{t('share:send.levels')}</legend>
          {result.categories.map((c) => (
            <label key={c.category} className="choice">
              <input
                type="checkbox"
                checked={levels.includes(c.category)}
                onChange={() => toggle(levels, setLevels, c.category)}
              />
              <span>
                {categoryName(c.category)}
                <span className="hint">{t(`levels.${c.level}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {drivers.length > 0 && (
          <fieldset className="choices">
            <legend>{t('share:send.concerns')}</legend>
            <p className="hint">{t('share:send.concernsHint')}</p>
            {drivers.map((d) => (
              <label key={d.answer.indicatorId} className="choice">
                <input
                  type="checkbox"
                  checked={concerns.includes(d.answer.indicatorId)}
                  onChange={() => toggle(concerns, setConcerns, d.answer.indicatorId)}
                />
                <span>
                  {t('results.driver', { topic: d.topic, choice: d.choice })}
                  <span className="hint">{categoryName(d.category)}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <label className="field">
          <span>{t('share:send.note')}</span>
          <textarea value={note} maxLength={2000} rows={4} onChange={(e) => setNote(e.target.value)} />
        </label>
        {plan.length + routines.length > 0 && (
          <fieldset className="choices">
            <legend>{t('share:send.plan')}</legend>
            <p className="hint">{t('share:send.planHint')}</p>
            {plan.length > 0 && (
              <label className="choice">
                <input type="checkbox" checked={hasPlan} onChange={() => setHasPlan(!hasPlan)} />
                <span>{t('share:send.planActions')}</span>
              </label>
            )}
            {routines.length > 0 && (
              <label className="choice">
                <input type="checkbox" checked={hasRoutines} onChange={() => setHasRoutines(!hasRoutines)} />
                <span>{t('share:send.planRoutines')}</span>
              </label>
            )}
            {(hasPlan || hasRoutines) && hasAnyPlanNote && (
              <label className="choice">
                <input
                  type="checkbox"
                  checked={hasPlanNotes}
                  onChange={() => setHasPlanNotes(!hasPlanNotes)}
                />
                <span>
                  {t('share:send.planNotes')}
                  <span className="hint">{t('share:send.planNotesHint')}</span>
                </span>
              </label>
            )}
          </fieldset>
        )}
        <h2>{t('share:send.preview')}</h2>
        <p className="hint">{t('share:send.previewHint')}</p>
        <SummaryView summary={summary} headingLevel={3} />
        <details className="exact-text">
          <summary>{t('share:send.exactText')}</summary>
          <pre tabIndex={0}>{JSON.stringify(summary, null, 2)}</pre>
        </details>
        <button
          type="button"
          className="button primary"
          disabled={isSummaryEmpty(summary)}
          onClick={() => setStep('lock')}
        >
          {t('share:send.next')}
        </button>
        {isSummaryEmpty(summary) && <p className="hint">{t('share:send.empty')}</p>}
      </div>
    );
  }

  if (step === 'lock') {
    return (
      <div className="stack">
        <ScreenTitle focusKey={step}>{t('share:send.lockTitle')}</ScreenTitle>
        <fieldset className="choices">
          <legend>{t('share:send.how')}</legend>
          <label className="choice">
            <input
              type="radio"
              name="method"
              checked={method === 'passphrase'}
              onChange={() => setMethod('passphrase')}
            />
            <span>
              {t('share:send.byPassphrase')}
              <span className="hint">{t('share:send.byPassphraseHint')}</span>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="method" checked={method === 'key'} onChange={() => setMethod('key')} />
            <span>
              {t('share:send.byKey')}
              <span className="hint">{t('share:send.byKeyHint')}</span>
            </span>
          </label>
        </fieldset>
        {method === 'passphrase' ? (
          <div className="stack">
            <FilePassphraseField
              label={t('share:send.passphrase')}
              hint={t('share:send.passphraseHint')}
              value={passphrase}
              onChange={setPassphrase}
            />
            <p className="notice">{t('share:send.tellAnotherWay')}</p>
          </div>
        ) : (
          <div className="stack">
            {contacts.length > 0 && (
              <label className="field">
                <span>{t('share:send.contact')}</span>
                <select
                  value={contactId}
                  onChange={(e) => {
                    setContactId(e.target.value);
                    const c = contacts.find((x) => x.id === e.target.value);
                    setKey(c?.ageRecipient ?? '');
                  }}
                >
                  <option value="">{t('share:send.noContact')}</option>
                  {contacts.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="field">
              <span>{t('share:send.key')}</span>
              <textarea
                className="armored"
                value={key}
                rows={2}
                onChange={(e) => setKey(e.target.value.trim())}
                spellCheck={false}
                autoCapitalize="none"
                aria-invalid={key !== '' && !isKeyValid}
                aria-describedby="key-hint"
                data-testid="recipient-input"
              />
            </label>
            <p id="key-hint" className="hint">
              {key !== '' && !isKeyValid ? t('share:errors.badRecipient') : t('share:send.keyHint')}
            </p>
            {contact && isKeyValid && contact.ageRecipient !== key && (
              <label className="choice">
                <input
                  type="checkbox"
                  checked={isRemembering}
                  onChange={() => setRemembering(!isRemembering)}
                />
                <span>{t('share:send.remember', { name: contact.name })}</span>
              </label>
            )}
          </div>
        )}
        {error !== undefined && <ErrorMessage error={error} nothingChanged />}
        <button
          type="button"
          className="button primary"
          disabled={!canLock || isBusy}
          onClick={() => void lock()}
        >
          {isBusy ? t('share:send.locking') : t('share:send.lock')}
        </button>
        <button type="button" className="button" onClick={() => setStep('choose')}>
          {t('share:send.back')}
        </button>
      </div>
    );
  }

  return (
    <div className="stack">
      <ScreenTitle focusKey={step}>{t('share:send.doneTitle')}</ScreenTitle>
      <p className="lead">
        {method === 'passphrase' ? t('share:send.donePassphrase') : t('share:send.doneKey')}
      </p>
      {method === 'passphrase' && (
        <p className="key-text" dir="ltr" data-testid="passphrase-shown">
          {passphrase.trim()}
        </p>
      )}
      {file && <Delivery file={file} name={fileName('summary')} />}
    </div>
  );
}
