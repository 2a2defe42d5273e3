/** A failure in her language, with the reassurance that nothing changed. */
import { useTranslation } from 'react-i18next';
import { shareErrorKey } from './shareErrors.ts';

export function ShareError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warning" role="alert" data-testid="share-error">
      <p>{t(shareErrorKey(error))}</p>
      <p className="hint">{t('share:errors.nothingChanged')}</p>
    </div>
  );
}
