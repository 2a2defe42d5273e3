/**
 * Step two of sending a summary: how it is locked — with a passphrase she tells her contact
 * another way, or with the contact's own key, which can be remembered on that contact.
 */
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../services/summary.ts';
import { isAgeRecipient } from '../../services/sharing.ts';
import { FilePassphraseField, isPassphraseLongEnough } from '../../ui/FilePassphraseField.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { RadioChoice } from '../../ui/RadioChoice.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';

/** How she locks the summary. */
export interface LockChoices {
  method: 'passphrase' | 'key';
  passphrase: string;
  /** The contact whose key it is, or '' for none. */
  contactId: string;
  key: string;
  /** Save a new key on that contact. */
  isRemembering: boolean;
}

export function LockStep({
  contacts,
  choices,
  onChange,
  error,
  isBusy,
  onLock,
  onBack,
}: {
  contacts: readonly Contact[];
  choices: LockChoices;
  onChange: (change: Partial<LockChoices>) => void;
  /** Why the last attempt failed (nothing changed), if it did. */
  error: unknown;
  isBusy: boolean;
  onLock: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { method, passphrase, contactId, key, isRemembering } = choices;
  const contact = contacts.find((c) => c.id === contactId);
  const isKeyValid = isAgeRecipient(key);
  const canLock = method === 'passphrase' ? isPassphraseLongEnough(passphrase) : isKeyValid;
  return (
    <div className="stack">
      <ScreenTitle focusKey="lock">{t('share:send.lockTitle')}</ScreenTitle>
      <fieldset className="choices">
        <legend>{t('share:send.how')}</legend>
        <RadioChoice
          name="method"
          isChecked={method === 'passphrase'}
          onSelect={() => onChange({ method: 'passphrase' })}
          label={t('share:send.byPassphrase')}
          hint={t('share:send.byPassphraseHint')}
        />
        <RadioChoice
          name="method"
          isChecked={method === 'key'}
          onSelect={() => onChange({ method: 'key' })}
          label={t('share:send.byKey')}
          hint={t('share:send.byKeyHint')}
        />
      </fieldset>
      {method === 'passphrase' ? (
        <div className="stack">
          <FilePassphraseField
            label={t('share:send.passphrase')}
            hint={t('share:send.passphraseHint')}
            value={passphrase}
            onChange={(value) => onChange({ passphrase: value })}
          />
          <p className="notice">{t('share:send.tellAnotherWay')}</p>
        </div>
      ) : (
        <div className="stack">
          {contacts.length > 0 && (
            <label className="field">
              <span>{t('share:send.contact')}</span>
              <select
                value={contactId}
                onChange={(e) => {
                  const chosen = contacts.find((x) => x.id === e.target.value);
                  onChange({ contactId: e.target.value, key: chosen?.ageRecipient ?? '' });
                }}
              >
                <option value="">{t('share:send.noContact')}</option>
                {contacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="field">
            <span>{t('share:send.key')}</span>
            <textarea
              autoComplete="off"
              className="armored"
              value={key}
              rows={2}
              onChange={(e) => onChange({ key: e.target.value.trim() })}
              spellCheck={false}
              autoCapitalize="none"
              aria-invalid={key !== '' && !isKeyValid}
              aria-describedby="key-hint"
              data-testid="recipient-input"
            />
          </label>
          <p id="key-hint" className="hint">
            {key !== '' && !isKeyValid ? t('share:errors.badRecipient') : t('share:send.keyHint')}
          </p>
          {contact && isKeyValid && contact.ageRecipient !== key && (
            <label className="choice">
              <input
                type="checkbox"
                checked={isRemembering}
                onChange={() => onChange({ isRemembering: !isRemembering })}
              />
              <span>{t('share:send.remember', { name: contact.name })}</span>
            </label>
          )}
        </div>
      )}
      {error !== undefined && <ErrorMessage error={error} nothingChanged />}
      <button type="button" className="button primary" disabled={!canLock || isBusy} onClick={onLock}>
        {isBusy ? t('share:send.locking') : t('share:send.lock')}
      </button>
      <button type="button" className="button" onClick={onBack}>
        {t('share:send.back')}
      </button>
    </div>
  );
}
