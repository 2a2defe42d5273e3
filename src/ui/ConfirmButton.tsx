/** A deliberate action: the first tap asks, the second (on the confirm button) does it. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ConfirmButton({
  children,
  question,
  confirmLabel,
  onConfirm,
  className = 'button',
}: {
  children: ReactNode;
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  className?: string;
}) {
  const { t } = useTranslation();
  const [isAsking, setAsking] = useState(false);
  if (!isAsking) {
    return (
      <button type="button" className={className} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <div className="button-row">
        <button
          type="button"
          className="button danger"
          onClick={() => {
            setAsking(false);
            void onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
