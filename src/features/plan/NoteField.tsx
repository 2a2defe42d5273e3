/** Her own note on an item: typed freely, saved when she presses "Save note" or leaves the field. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function NoteField({ value, onSave }: { value: string; onSave: (note: string) => Promise<void> }) {
  const { t } = useTranslation('plan');
  const id = useId();
  const [text, setText] = useState(value);
  const [saved, setSaved] = useState(value);
  const [message, setMessage] = useState('');
  const isDirty = text !== saved;
  const save = async () => {
    if (!isDirty) return;
    await onSave(text);
    setSaved(text);
    setMessage(t('note.saved'));
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
        maxLength={4000}
        onChange={(e) => {
          setText(e.target.value);
          setMessage('');
        }}
        onBlur={() => void save()}
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
