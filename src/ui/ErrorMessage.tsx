/** Expected failures turned into words, in one place. */
import { useTranslation } from 'react-i18next';
import { StorageError } from '../storage/errors.ts';

export function errorKey(error: unknown): string {
  if (error instanceof StorageError) return `errors.storage.${error.code}`;
  // By name, not instanceof: importing the battery loader here would pull zod into the first screen.
  if (error instanceof Error && error.name === 'BatteryLoadError') return 'errors.battery';
  return 'errors.unknown';
}

export function StorageErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <p className="notice notice-warning" role="alert">
      {t(errorKey(error))}
    </p>
  );
}
