/**
 * Expected failures turned into words, in one place. Every coded error of the app (storage, vault,
 * envelope, battery, age, summary document, backup record) is recognised by its `name` and `code`
 * rather than by `instanceof`: importing the classes here would pull age, zod and the battery
 * loader into the first screen.
 */
import { useTranslation } from 'react-i18next';

interface Coded {
  name?: unknown;
  code?: unknown;
  kind?: unknown;
}

/**
 * The i18n key that says what went wrong; a general message for anything unexpected (`fallback`:
 * the sharing screens have their own, in their own namespace).
 */
export function errorKey(error: unknown, fallback = 'errors.unknown'): string {
  if (!(error instanceof Error)) return fallback;
  const { name, code, kind } = error as Coded;
  switch (name) {
    case 'StorageError':
      return `errors.storage.${String(code)}`;
    case 'AssessmentStateError':
      return code === 'deleted' ? 'assessment.notFound' : 'assessment.elsewhere.finishedTitle';
    case 'BatteryLoadError':
      return 'errors.battery';
    case 'AgeError':
    case 'DocumentError':
      return `share:errors.${String(code)}`;
    case 'BackupRecordError':
      return `share:errors.unreadableRecord.${String(kind)}`;
    case 'VaultError':
      return 'security.duressSame';
    case 'EnvelopeError':
      return 'security.wrongCurrent';
    default:
      return fallback;
  }
}

/**
 * A failure in her language. `nothingChanged`: add that nothing was changed (sharing, opening and
 * restoring promise it: a refused file or passphrase changes nothing).
 */
export function ErrorMessage({
  error,
  nothingChanged = false,
}: {
  error: unknown;
  nothingChanged?: boolean;
}) {
  const { t } = useTranslation();
  if (!nothingChanged) {
    return (
      <p className="notice notice-warning" role="alert">
        {t(errorKey(error))}
      </p>
    );
  }
  return (
    <div className="notice notice-warning" role="alert" data-testid="share-error">
      <p>{t(errorKey(error, 'share:errors.unknown'))}</p>
      <p className="hint">{t('share:errors.nothingChanged')}</p>
    </div>
  );
}
