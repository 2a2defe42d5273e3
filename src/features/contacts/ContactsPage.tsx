/**
 * People she trusts and the numbers that matter to her: name, how to reach them, what they can help
 * with, a note. Sealed like every personal record; the urgent steps of her results show them.
 */
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/useAsync.ts';
import { useVaultState } from '../../ui/vaultContext.tsx';
import { useRouter } from '../../ui/navigation.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { FocusOnArrival } from '../../ui/FocusOnArrival.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { deleteContact, listContacts, saveContact, type Contact } from '../../services/contacts.ts';
import '../../ui/plan.css';
import { Pending } from '../../ui/Pending.tsx';

interface Draft {
  id?: string;
  name: string;
  reach: string;
  helpsWith: string;
  note: string;
  isEmergencyNumber: boolean;
  ageRecipient?: string;
}

const EMPTY: Draft = { name: '', reach: '', helpsWith: '', note: '', isEmergencyNumber: false };

function ContactForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: Draft;
  onSave: (draft: Draft) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('plan');
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [isNameMissing, setNameMissing] = useState(false);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (!draft.name.trim()) {
      setNameMissing(true);
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    void onSave({ ...draft, name: draft.name.trim() });
  };
  const field = (key: 'reach' | 'helpsWith', label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-${key}-hint`}>
          {hint}
        </span>
      )}
      <input
        id={`${id}-${key}`}
        type="text"
        value={draft[key]}
        maxLength={500}
        autoComplete="off"
        dir="auto"
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
        onChange={(e) => set({ [key]: e.target.value })}
      />
    </div>
  );
  return (
    <form className="card stack contact-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      {/* The form opens at the top of the list: take her there (from "Change" she may be far below). */}
      <FocusOnArrival as="h2" id={`${id}-title`}>
        {initial.id ? t('contacts.editTitle') : t('contacts.addTitle')}
      </FocusOnArrival>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('contacts.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={draft.name}
          maxLength={200}
          autoComplete="off"
          dir="auto"
          aria-invalid={isNameMissing}
          aria-describedby={isNameMissing ? `${id}-name-error` : undefined}
          onChange={(e) => {
            set({ name: e.target.value });
            setNameMissing(false);
          }}
        />
        {isNameMissing && (
          <span id={`${id}-name-error`} className="field-error">
            {t('contacts.nameMissing')}
          </span>
        )}
      </div>
      {field('reach', t('contacts.reach'), t('contacts.reachHint'))}
      {field('helpsWith', t('contacts.helpsWith'))}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('contacts.note')}</label>
        <textarea
          autoComplete="off"
          id={`${id}-note`}
          className="note-input"
          rows={2}
          value={draft.note}
          maxLength={2000}
          dir="auto"
          onChange={(e) => set({ note: e.target.value })}
        />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.isEmergencyNumber}
          onChange={(e) => set({ isEmergencyNumber: e.target.checked })}
        />
        <span>{t('contacts.isEmergency')}</span>
      </label>
      <div className="button-row">
        <button type="submit" className="button primary">
          {t('contacts.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('app:common.cancel')}
        </button>
      </div>
    </form>
  );
}

function ContactCard({
  contact,
  onEdit,
  onDelete,
}: {
  contact: Contact;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}) {
  const { t } = useTranslation('plan');
  return (
    <li className="card contact">
      <h3 dir="auto">{contact.name}</h3>
      {contact.isEmergencyNumber && (
        <p className="tags">
          <span className="tag">{t('contacts.emergencyTag')}</span>
        </p>
      )}
      <dl className="contact-details">
        {contact.reach && (
          <>
            <dt>{t('contacts.reach')}</dt>
            <dd dir="auto">{contact.reach}</dd>
          </>
        )}
        {contact.helpsWith && (
          <>
            <dt>{t('contacts.helpsWith')}</dt>
            <dd dir="auto">{contact.helpsWith}</dd>
          </>
        )}
        {contact.note && (
          <>
            <dt>{t('contacts.note')}</dt>
            <dd dir="auto">{contact.note}</dd>
          </>
        )}
      </dl>
      <div className="button-row">
        <button type="button" className="button" onClick={onEdit}>
          {t('contacts.edit')}
          <span className="visually-hidden">: {contact.name}</span>
        </button>
        <ConfirmButton
          className="button danger-outline"
          question={t('contacts.deleteQuestion', { name: contact.name })}
          confirmLabel={t('contacts.deleteConfirm')}
          onConfirm={onDelete}
        >
          {t('contacts.delete')}
          <span className="visually-hidden">: {contact.name}</span>
        </ConfirmButton>
      </div>
    </li>
  );
}

export default function ContactsPage() {
  const { t } = useTranslation('plan');
  const vault = useVaultState();
  const { navigate } = useRouter();
  const [state, reload] = useAsync(() => listContacts(), []);
  const [editing, setEditing] = useState<Draft | null>(null);
  const [error, setError] = useState<unknown>();
  // After saving or cancelling, the form is gone: focus returns to the button that opens it.
  const addButton = useRef<HTMLButtonElement>(null);
  const isReturningFocus = useRef(false);
  useEffect(() => {
    if (!isReturningFocus.current || !addButton.current) return;
    addButton.current.focus();
    isReturningFocus.current = false;
  });
  const closeForm = () => {
    isReturningFocus.current = true;
    setEditing(null);
  };

  if (state.status !== 'ready') return <Pending state={state} />;
  const contacts = state.value;

  const run = async (change: () => Promise<unknown>) => {
    try {
      setError(undefined);
      await change();
      closeForm();
      reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="stack contacts">
      <ScreenTitle>{t('contacts.title')}</ScreenTitle>
      <p className="hint">{t('contacts.intro')}</p>
      {vault === 'open' && (
        <div className="notice notice-warning stack">
          <p>{t('contacts.unprotected')}</p>
          <button type="button" className="button" onClick={() => navigate({ name: 'security' })}>
            {t('app:home.protect')}
          </button>
        </div>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
      {editing ? (
        <ContactForm
          key={editing.id ?? 'new'}
          initial={editing}
          onSave={(draft) => run(() => saveContact(draft))}
          onCancel={closeForm}
        />
      ) : (
        <button
          type="button"
          ref={addButton}
          className="button primary with-icon"
          onClick={() => setEditing(EMPTY)}
        >
          <span aria-hidden="true">+ </span>
          {t('contacts.add')}
        </button>
      )}
      {contacts.length === 0 ? (
        <p>{t('contacts.none')}</p>
      ) : (
        <ul className="plan-list">
          {contacts.map((c) => (
            <ContactCard
              key={c.id}
              contact={c}
              onEdit={() => setEditing({ ...c })}
              onDelete={() => run(() => deleteContact(c.id))}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
