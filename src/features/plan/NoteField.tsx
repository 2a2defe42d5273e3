/**
 * Her own note on an item: typed freely, saved when she presses "Save note" or leaves the field
 * (leaving the app does both). Only a save that worked says "Saved."; otherwise the text stays
 * here, the button stays ready, and she can try again.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_NOTE_MAX } from '../../domain/index.ts';

export function NoteField({
  value,
  onSave,
}: {
  value: string;
  /** Resolves to whether the note was saved. */
  onSave: (note: string) => Promise<boolean>;
}) {
  const { t } = useTranslation('plan');
  const id = useId();
  const [text, setText] = useState(value);
  const [saved, setSaved] = useState(value);
  const [message, setMessage] = useState('');
  const isDirty = text !== saved;
  const save = async () => {
    if (!isDirty) return;
    const isSaved = await onSave(text);
    if (isSaved) setSaved(text);
    setMessage(t(isSaved ? 'note.saved' : 'note.notSaved'));
  };
  return (
    <div className="note-field">
      <label className="field" htmlFor={id}>
        {t('note.label')}
      </label>
      <textarea
        id={id}
        className="note-input"
        value={text}
        rows={2}
        maxLength={PLAN_NOTE_MAX}
        onChange={(e) => {
          setText(e.target.value);
          setMessage('');
        }}
        onBlur={() => void save()}
        dir="auto"
        spellCheck={false}
        autoComplete="off"
      />
      <div className="note-row">
        <button type="button" className="button small" disabled={!isDirty} onClick={() => void save()}>
          {t('note.save')}
        </button>
        <span className="hint" role="status">
          {message}
        </span>
      </div>
    </div>
  );
}
