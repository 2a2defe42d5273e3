/**
 * Who can help (issue 20), one tap from home: the people she trusts first of all, then local
 * support from packs she loaded, then the international directory the app ships — all on the
 * phone, offline. A note on traces comes before any way to call or write. She can add a support
 * pack from a file (checked like an adapted battery: refused with every problem listed and nothing
 * changed) and remove one.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listSupport, pickSupportText, type SupportDirectory } from '../../domain/index.ts';
import { listContacts } from '../../services/contacts.ts';
import {
  addSupportPackFromText,
  loadAllSupport,
  removeSupportPack,
  type LoadedPack,
} from '../../services/support.ts';
import { formatBatteryReport } from '../../i18n/batteryReport.ts';
import { formatDate } from '../../i18n/format.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FileField } from '../../ui/FileField.tsx';
import { CheckIcon } from '../../ui/icons.tsx';
import { useRouter } from '../../ui/navigation.tsx';
import { Pending } from '../../ui/Pending.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { SupportList, TracesNote } from '../../ui/SupportList.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { useSupportWords } from '../../ui/useSupportWords.ts';
import './support.css';

/** Far above any real pack (the shipped directory, in four languages, is about 25 kB). */
const MAX_MB = 1;
/** Problems listed on screen; the rest are counted. */
const SHOWN_PROBLEMS = 30;

type Outcome =
  | { type: 'checking' }
  | { type: 'loaded'; directory: SupportDirectory }
  | { type: 'refused'; lines: string[]; more: number };

/** The file's text, strictly UTF-8 (a file in another encoding is refused, not garbled). */
function readText(file: File): Promise<string> {
  return file.arrayBuffer().then((bytes) => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

function PeopleYouTrust() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const titleId = useId();
  const [contacts] = useAsync(() => listContacts(), []);
  return (
    <section className="card stack support-people" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('support:people.title')}</h2>
      {contacts.status !== 'ready' ? (
        <Pending state={contacts} />
      ) : contacts.value.length === 0 ? (
        <p>{t('support:people.none')}</p>
      ) : (
        <ul className="reach-list">
          {contacts.value.map((c) => (
            <li key={c.id}>
              <strong dir="auto">{c.name}</strong>
              {c.reach && <span dir="auto"> · {c.reach}</span>}
              {c.isEmergencyNumber && <span className="hint"> · {t('support:people.emergency')}</span>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={() => navigate({ name: 'contacts' })}>
        {contacts.status === 'ready' && contacts.value.length > 0
          ? t('support:people.change')
          : t('support:people.add')}
      </button>
    </section>
  );
}

function PackHeader({
  pack,
  onRemoved,
  onError,
}: {
  pack: LoadedPack;
  onRemoved: () => void;
  onError: (e: unknown) => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { directory } = pack;
  return (
    <div className="support-pack stack">
      <p className="hint" dir="auto">
        {t('support:local.from', {
          title: pickSupportText(directory.title, lng, directory),
          author: directory.author,
          date: formatDate(pack.addedAt, lng),
        })}
      </p>
      <ConfirmButton
        className="button danger-outline"
        question={t('support:local.removeQuestion')}
        confirmLabel={t('support:local.removeConfirm')}
        onConfirm={async () => {
          try {
            await removeSupportPack(pack.key);
            onRemoved();
          } catch (e) {
            onError(e);
          }
        }}
      >
        {t('support:local.remove')}
      </ConfirmButton>
    </div>
  );
}

export default function WhoCanHelpPage() {
  const { t, i18n } = useTranslation();
  const hasWords = useSupportWords();
  const [state, reload] = useAsync(() => loadAllSupport(), []);
  const [outcome, setOutcome] = useState<Outcome>();
  const [error, setError] = useState<unknown>();
  const lng = i18n.language;

  // Another file (or none) starts over: no earlier message stays, an earlier check is ignored.
  const attempt = useRef(0);
  const onFile = async (file: File | undefined) => {
    const mine = ++attempt.current;
    setError(undefined);
    setOutcome(undefined);
    if (!file) return;
    setOutcome({ type: 'checking' });
    const setOutcomeIfCurrent = (o: Outcome | undefined) => {
      if (attempt.current === mine) setOutcome(o);
    };
    try {
      if (file.size > MAX_MB * 1024 * 1024) {
        setOutcomeIfCurrent({
          type: 'refused',
          lines: [t('support:pack.tooBig', { size: MAX_MB })],
          more: 0,
        });
        return;
      }
      let text: string;
      try {
        text = await readText(file);
      } catch {
        setOutcomeIfCurrent({ type: 'refused', lines: [t('support:pack.unreadable')], more: 0 });
        return;
      }
      const result = await addSupportPackFromText(text);
      if (result.ok) {
        setOutcomeIfCurrent({ type: 'loaded', directory: result.directory });
        reload();
      } else if (result.reason === 'invalid') {
        const [, ...problems] = formatBatteryReport(result.issues, result.source, i18n.t);
        setOutcomeIfCurrent({
          type: 'refused',
          lines: problems.slice(0, SHOWN_PROBLEMS).map((l) => l.replace(/^- /, '')),
          more: Math.max(problems.length - SHOWN_PROBLEMS, 0),
        });
      } else {
        const key = result.reason === 'shipped' ? 'support:pack.shipped' : 'support:pack.exists';
        setOutcomeIfCurrent({ type: 'refused', lines: [t(key, { id: result.directory.id })], more: 0 });
      }
    } catch (e) {
      setOutcomeIfCurrent(undefined);
      setError(e);
    }
  };

  if (!hasWords) return <p className="loading">…</p>;

  return (
    <div className="stack who-can-help">
      <ScreenTitle>{t('support:title')}</ScreenTitle>
      <p>{t('support:intro')}</p>
      <TracesNote />

      <PeopleYouTrust />

      {state.status !== 'ready' && <Pending state={state} />}
      {state.status === 'ready' && state.value.packs.length > 0 && (
        <section className="stack" aria-labelledby="support-local-title">
          <h2 id="support-local-title">{t('support:local.title')}</h2>
          {state.value.packs.map((pack) => (
            <div key={pack.key} className="stack" data-pack={pack.directory.id}>
              <PackHeader pack={pack} onRemoved={reload} onError={setError} />
              <SupportList listings={listSupport(undefined, [pack.directory])} />
            </div>
          ))}
        </section>
      )}
      {state.status === 'ready' && state.value.unusable > 0 && (
        <p className="hint">{t('support:local.unusable', { count: state.value.unusable })}</p>
      )}
      {state.status === 'ready' && (
        <section className="stack" aria-labelledby="support-international-title">
          <h2 id="support-international-title">{t('support:international.title')}</h2>
          <p className="hint">{t('support:international.about')}</p>
          <SupportList listings={listSupport(state.value.shipped, [])} />
        </section>
      )}

      <section className="card stack" aria-labelledby="support-pack-title">
        <h2 id="support-pack-title">{t('support:pack.title')}</h2>
        <p>{t('support:pack.intro')}</p>
        <FileField
          label={t('support:pack.file')}
          accept=".json,application/json"
          onFile={(file) => void onFile(file)}
          testId="support-pack-file"
        />
        {outcome?.type === 'checking' && (
          <p className="loading" role="status">
            {t('support:pack.checking')}
          </p>
        )}
        {outcome?.type === 'loaded' && (
          <p className="notice notice-success" role="status">
            <CheckIcon />{' '}
            {t('support:pack.loaded', {
              title: pickSupportText(outcome.directory.title, lng, outcome.directory),
              count: outcome.directory.entries.length,
            })}
          </p>
        )}
        {outcome?.type === 'refused' && (
          <div className="notice notice-warning battery-report" role="alert">
            <p>
              <strong>{t('support:pack.refused')}</strong>
            </p>
            <ul>
              {outcome.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            {outcome.more > 0 && <p>{t('support:pack.more', { count: outcome.more })}</p>}
          </div>
        )}
        {error !== undefined && <ErrorMessage error={error} />}
      </section>
    </div>
  );
}
