/** The encrypted result: share the file, download it, or copy it as text for a messenger. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toArmor } from '../../crypto/age.ts';
import { canShareFiles, copyText, downloadFile, shareFile } from './deliver.ts';

export function Delivery({
  file,
  name,
  onDelivered,
}: {
  file: Uint8Array;
  name: string;
  onDelivered?: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'' | 'copied' | 'copyFailed' | 'downloaded' | 'shared'>('');
  const armored = toArmor(file);
  const done = (s: typeof status) => {
    setStatus(s);
    if (s !== 'copyFailed') onDelivered?.();
  };
  return (
    <div className="stack">
      <div className="stack">
        {canShareFiles() && (
          <button
            type="button"
            className="button primary"
            onClick={() => void shareFile(file, name).then((ok) => ok && done('shared'))}
          >
            {t('share:deliver.share')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            downloadFile(file, name);
            done('downloaded');
          }}
        >
          {t('share:deliver.download')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void copyText(armored).then((ok) => done(ok ? 'copied' : 'copyFailed'))}
        >
          {t('share:deliver.copy')}
        </button>
      </div>
      <p role="status" className="hint">
        {status && t(`share:deliver.${status}`)}
      </p>
      <label className="field">
        <span>{t('share:deliver.armored')}</span>
        <textarea
          className="armored"
          readOnly
          value={armored}
          rows={6}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="armored-output"
        />
      </label>
      <p className="hint">{t('share:deliver.noServer')}</p>
    </div>
  );
}
