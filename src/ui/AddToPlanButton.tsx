/** "Add to my plan" on a suggested action or routine; once added, it says so (with a tick, in words). */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './plan.css';
import { CheckIcon } from './icons.tsx';

export function AddToPlanButton({
  kind,
  isHeld,
  onAdd,
  describedBy,
}: {
  kind: 'action' | 'routine';
  isHeld: boolean;
  onAdd: () => Promise<void>;
  /** The id of the item's title, so the button's purpose is clear out of context. */
  describedBy?: string;
}) {
  const { t } = useTranslation('plan');
  const [isBusy, setBusy] = useState(false);
  const [hasJustAdded, setJustAdded] = useState(false);
  const done = useRef<HTMLParagraphElement>(null);
  // The button goes away once pressed: keep her focus where she was, on the words that replace it.
  useEffect(() => {
    if (isHeld && hasJustAdded) done.current?.focus();
  }, [isHeld, hasJustAdded]);
  if (isHeld) {
    return (
      <p className="in-plan" ref={done} tabIndex={-1}>
        <CheckIcon /> {kind === 'action' ? t('plan:add.inPlan') : t('plan:add.inRoutines')}
      </p>
    );
  }
  return (
    <button
      type="button"
      className="button add-to-plan"
      aria-describedby={describedBy}
      disabled={isBusy}
      onClick={() => {
        setBusy(true);
        void onAdd().finally(() => {
          setBusy(false);
          setJustAdded(true);
        });
      }}
    >
      <span aria-hidden="true">+ </span>
      {kind === 'action' ? t('plan:add.action') : t('plan:add.routine')}
    </button>
  );
}
