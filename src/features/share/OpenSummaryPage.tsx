/**
 * Open a summary someone sent: a file or pasted text, opened with a passphrase or with her own
 * key, then shown read-only. Opening stores nothing: a failure, or success, changes no data.
 */
import { useState } from 'react';
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

  const open = async () => {
    setError(undefined);
    setBusy(true);
    try {
      const input = picked ? await readPickedFile(picked) : pasted;
      const [opened] = await Promise.all([openSummary(input, passphrase), loadContactWords(i18n)]);
      setSummary(opened);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (summary) {
    return (
      <div className="stack">
        <ScreenTitle focusKey="shown">{t('share:open.shownTitle')}</ScreenTitle>
        <p className="hint">{t('share:open.notStored')}</p>
        <SummaryView summary={summary} />
        <ContactSteps summary={summary} />
        <button type="button" className="button" onClick={() => setSummary(undefined)}>
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
        label={t('share:open.file')}
        accept=".age,.txt,application/octet-stream,text/plain"
        onChange={(e) => setPicked(e.target.files?.[0])}
      />
      <label className="field">
        <span>{t('share:open.paste')}</span>
        <textarea
          autoComplete="off"
          className="armored"
          rows={5}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
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
