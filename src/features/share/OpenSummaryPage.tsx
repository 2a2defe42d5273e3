/**
 * Open a summary someone sent: a file or pasted text, opened with a passphrase or with her own
 * key, then shown read-only. Opening stores nothing: a failure, or success, changes no data.
 *
 * Choosing another file, removing it, changing the pasted text or "Open another" starts over:
 * no message about an earlier attempt stays, and an attempt still running for an earlier file is
 * ignored when it ends.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Summary } from '../../domain/index.ts';
import { openSummary } from '../../services/summary.ts';
import { FileField } from '../../ui/FileField.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { useRouter } from '../../ui/navigation.tsx';
import { ContactSteps, SummaryView } from './SummaryView.tsx';
import { loadContactWords } from './useContactWords.ts';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { readPickedFile } from '../../ui/deliver.ts';
import '../../ui/share.css';

export default function OpenSummaryPage() {
  const { t, i18n } = useTranslation();
  const { navigate } = useRouter();
  const [picked, setPicked] = useState<File>();
  const [pasted, setPasted] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<unknown>();
  const [isBusy, setBusy] = useState(false);
  const [summary, setSummary] = useState<Summary>();
  // A new file field (nothing chosen) after "Open another".
  const [fieldKey, setFieldKey] = useState(0);
  // Which attempt is current: one for an earlier input is ignored when it ends.
  const attempt = useRef(0);

  /** What she gives changed: whatever an earlier attempt said no longer applies. */
  const startOver = () => {
    attempt.current += 1;
    setError(undefined);
    setBusy(false);
  };

  const open = async () => {
    const mine = ++attempt.current;
    setError(undefined);
    setBusy(true);
    try {
      const input = picked ? await readPickedFile(picked) : pasted;
      const [opened] = await Promise.all([openSummary(input, passphrase), loadContactWords(i18n)]);
      if (mine === attempt.current) setSummary(opened);
    } catch (e) {
      if (mine === attempt.current) setError(e);
    } finally {
      if (mine === attempt.current) setBusy(false);
    }
  };

  const openAnother = () => {
    startOver();
    setSummary(undefined);
    setPicked(undefined);
    setPasted('');
    setPassphrase('');
    setFieldKey((k) => k + 1);
  };

  if (summary) {
    return (
      <div className="stack">
        <ScreenTitle focusKey="shown">{t('share:open.shownTitle')}</ScreenTitle>
        <p className="hint">{t('share:open.notStored')}</p>
        <SummaryView summary={summary} />
        <ContactSteps summary={summary} />
        <button type="button" className="button" onClick={openAnother}>
          {t('share:open.another')}
        </button>
      </div>
    );
  }

  return (
    <div className="stack">
      <ScreenTitle>{t('share:open.title')}</ScreenTitle>
      <p className="lead">{t('share:open.lead')}</p>
      <FileField
        key={fieldKey}
        label={t('share:open.file')}
        accept=".age,.txt,application/octet-stream,text/plain"
        onFile={(file) => {
          startOver();
          setPicked(file);
        }}
        testId="summary-file"
      />
      <label className="field">
        <span>{t('share:open.paste')}</span>
        <textarea
          autoComplete="off"
          className="armored"
          rows={5}
          value={pasted}
          onChange={(e) => {
            startOver();
            setPasted(e.target.value);
          }}
          spellCheck={false}
          autoCapitalize="none"
          disabled={picked !== undefined}
          data-testid="paste-input"
        />
      </label>
      <PasswordField
        label={t('share:open.passphrase')}
        purpose="file"
        value={passphrase}
        onChange={setPassphrase}
      />
      <p className="hint">{t('share:open.keyHint')}</p>
      {error !== undefined && <ErrorMessage error={error} nothingChanged />}
      <button
        type="button"
        className="button primary"
        disabled={isBusy || (!picked && pasted.trim() === '')}
        onClick={() => void open()}
      >
        {isBusy ? t('share:open.opening') : t('share:open.open')}
      </button>
      <button type="button" className="button" onClick={() => navigate({ name: 'receive' })}>
        {t('share:hub.receive')}
      </button>
    </div>
  );
}
