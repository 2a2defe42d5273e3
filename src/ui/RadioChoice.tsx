/** One choice of a radio group: its label, and a hint under it that says what it means. */
import type { ReactNode } from 'react';

export function RadioChoice({
  name,
  isChecked,
  onSelect,
  label,
  hint,
}: {
  name: string;
  isChecked: boolean;
  onSelect: () => void;
  label: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <label className="choice">
      <input type="radio" name={name} checked={isChecked} onChange={onSelect} />
      <span>
        {label}
        {hint !== undefined && <span className="hint">{hint}</span>}
      </span>
    </label>
  );
}
