/**
 * The one passphrase field: a labelled, hidden input. Every passphrase field asks the browser not to
 * save or fill it (`autocomplete="off"`, issue 15): a passphrase the browser saved is kept, and often
 * synced to an online account, where the app cannot delete it — and a saved emergency passphrase,
 * filled in at the lock screen, would delete everything. `purpose` says which passphrase it is;
 * "file" (a summary or backup passphrase) also stays left-to-right in any language.
 */
import type { ReactNode } from 'react';

export function PasswordField({
  label,
  value,
  onChange,
  purpose,
  isInvalid,
  describedBy,
  isRequired = false,
  autoFocus = false,
  testId,
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  purpose: 'current' | 'new' | 'file' | 'emergency';
  isInvalid?: boolean;
  describedBy?: string;
  isRequired?: boolean;
  autoFocus?: boolean;
  testId?: string;
}) {
  const forFile = purpose === 'file';
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="password"
        autoComplete="off"
        {...(forFile ? { autoCapitalize: 'none', spellCheck: false, dir: 'ltr' } : {})}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={isInvalid}
        aria-describedby={describedBy}
        required={isRequired}
        autoFocus={autoFocus}
        data-testid={testId}
      />
    </label>
  );
}
