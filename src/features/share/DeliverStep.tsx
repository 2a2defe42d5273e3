/**
 * Step three of sending a summary: it is locked. The passphrase is shown once more, to tell her
 * contact another way, and the file goes out by share sheet, download or text.
 */
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { Delivery } from '../../ui/Delivery.tsx';
import { fileName } from '../../ui/deliver.ts';
import { PassphraseShown } from '../../ui/PassphraseShown.tsx';

export function DeliverStep({
  file,
  passphrase,
}: {
  file: Uint8Array;
  /** The passphrase it is locked with; undefined when it is locked to a key. */
  passphrase?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <ScreenTitle focusKey="done">{t('share:send.doneTitle')}</ScreenTitle>
      <p className="lead">
        {passphrase !== undefined ? t('share:send.donePassphrase') : t('share:send.doneKey')}
      </p>
      {passphrase !== undefined && <PassphraseShown passphrase={passphrase} testId="passphrase-shown" />}
      <Delivery file={file} name={fileName('summary')} />
    </div>
  );
}
