/**
 * The encrypted result: share the file where the browser can, save it, or — for a summary, which
 * is small — share or copy it as text for a messenger. A backup (megabytes) is offered as a file
 * only. A failed share says so and points to saving the file, which always works.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { armor } from '../services/sharing.ts';
import { canShareFile, canShareText, copyText, downloadFile, shareFile, shareText } from './deliver.ts';

type Status = '' | 'copied' | 'copyFailed' | 'downloaded' | 'shared' | 'shareFailed';

export function Delivery({
  file,
  name,
  kind = 'summary',
  onDelivered,
}: {
  file: Uint8Array;
  name: string;
  /** A backup is too big to paste as text: it is offered as a file only. */
  kind?: 'summary' | 'backup';
  onDelivered?: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('');
  const isText = kind === 'summary';
  const armored = useMemo(() => (isText ? armor(file) : ''), [file, isText]);
  const canFile = useMemo(() => canShareFile(file, name), [file, name]);
  const canText = useMemo(() => isText && canShareText(), [isText]);
  const done = (s: Status) => {
    setStatus(s);
    if (s !== 'copyFailed' && s !== 'shareFailed') onDelivered?.();
  };
  const run = (sharing: Promise<boolean>) =>
    void sharing.then(
      (ok) => ok && done('shared'),
      () => done('shareFailed'),
    );
  return (
    <div className="stack">
      <div className="stack">
        {canFile && (
          <button type="button" className="button primary" onClick={() => run(shareFile(file, name))}>
            {t('share:deliver.share')}
          </button>
        )}
        <button
          type="button"
          className={canFile ? 'button' : 'button primary'}
          onClick={() => {
            downloadFile(file, name);
            done('downloaded');
          }}
        >
          {t('share:deliver.download')}
        </button>
        {canText && (
          <button type="button" className="button" onClick={() => run(shareText(armored))}>
            {t('share:deliver.shareText')}
          </button>
        )}
        {isText && (
          <button
            type="button"
            className="button"
            onClick={() => void copyText(armored).then((ok) => done(ok ? 'copied' : 'copyFailed'))}
          >
            {t('share:deliver.copy')}
          </button>
        )}
      </div>
      <p role="status" className="hint" data-testid="delivery-status">
        {status && t(`share:deliver.${status}`)}
      </p>
      {isText && (
        <label className="field">
          <span>{t('share:deliver.armored')}</span>
          <textarea
            autoComplete="off"
            className="armored"
            readOnly
            value={armored}
            rows={6}
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="armored-output"
          />
        </label>
      )}
      <p className="hint">{t('share:deliver.noServer')}</p>
    </div>
  );
}
