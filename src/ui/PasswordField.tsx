/**
 * The one passphrase field: a labelled, hidden input. `purpose` sets what the browser may do with
 * it — "current" and "new" let a password manager help with the app's own lock; "file" (a summary
 * or backup passphrase, typed once and not the app's lock) keeps the browser from saving or
 * restoring it, and keeps it left-to-right in any language; "emergency" (the duress passphrase)
 * asks the browser not to save or fill it: filled in at the lock screen, it would delete everything.
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
        autoComplete={
          forFile || purpose === 'emergency' ? 'off' : purpose === 'new' ? 'new-password' : 'current-password'
        }
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
