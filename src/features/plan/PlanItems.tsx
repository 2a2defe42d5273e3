/** One action of her plan, and one routine she keeps: what it is, where it came from, her choices. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PLAN_STATUSES,
  pickText,
  type Action,
  type Battery,
  type PlanStatus,
  type Rhythm,
  type Routine,
} from '../../domain/index.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { formatDate } from '../../i18n/format.ts';
import type { PlanItem } from '../../services/plan.ts';
import type { KeptRoutineItem } from '../../services/routines.ts';
import { NoteField } from './NoteField.tsx';
import { RhythmPicker } from './RhythmPicker.tsx';
import { CareIcon, StatusIcon } from '../../ui/icons.tsx';

export function StatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation('plan');
  return (
    <span className={`status-badge status-${status}`}>
      <StatusIcon status={status} /> {t(`status.${status}`)}
    </span>
  );
}

/** "From your assessment of 3 Jan 2026", or "Chosen from all actions". */
export function SourceLine({ date }: { date?: Date }) {
  const { t, i18n } = useTranslation('plan');
  return (
    <p className="hint source">
      {date ? t('source.assessment', { date: formatDate(date, i18n.language) }) : t('source.library')}
    </p>
  );
}

export function PlanActionCard({
  item,
  action,
  battery,
  onChange,
  onRemove,
}: {
  item: PlanItem;
  action: Action;
  battery: Battery;
  /** Resolves to whether the change was saved. */
  onChange: (change: { status?: PlanStatus; note?: string }) => Promise<boolean>;
  onRemove: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation('plan');
  const lng = i18n.language;
  const titleId = useId();
  const statusId = useId();
  const title = pickText(action.title, lng, battery);
  return (
    <li className="card plan-item" aria-labelledby={titleId}>
      <div className="card-head">
        {/* Under its status group's heading (h3). */}
        <h4 id={titleId}>{title}</h4>
        <StatusBadge status={item.status} />
      </div>
      <p>{pickText(action.detail, lng, battery)}</p>
      <p className="tags">
        <span className="tag">{t(`app:horizons.${action.horizon}`)}</span>
        <span className="tag">{t(`app:who.${action.who}`)}</span>
        {action.support && <span className="tag">{t(`app:support.${action.support}`)}</span>}
      </p>
      <SourceLine date={item.assessmentDate} />
      <div className="field">
        <label htmlFor={statusId}>{t('status.label')}</label>
        <select
          id={statusId}
          className="status-select"
          data-status-of={item.id}
          data-status={item.status}
          value={item.status}
          onChange={(e) => void onChange({ status: e.target.value as PlanStatus })}
        >
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">{t('status.changed', { date: formatDate(item.statusChangedAt, lng) })}</p>
      <NoteField value={item.note} onSave={(note) => onChange({ note })} />
      <ConfirmButton
        className="link-button remove"
        question={t('remove.actionQuestion', { title })}
        confirmLabel={t('remove.confirm')}
        onConfirm={onRemove}
      >
        {t('remove.action')}
      </ConfirmButton>
    </li>
  );
}

export function KeptRoutineCard({
  item,
  routine,
  battery,
  onChange,
  onRemove,
}: {
  item: KeptRoutineItem;
  routine: Routine;
  battery: Battery;
  /** Resolves to whether the change was saved. */
  onChange: (change: { rhythm?: Rhythm; note?: string }) => Promise<boolean>;
  onRemove: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation('plan');
  const lng = i18n.language;
  const titleId = useId();
  const title = pickText(routine.title, lng, battery);
  // Shown at once, saved right after.
  const [rhythm, setRhythm] = useState(item.rhythm);
  return (
    <li className="card plan-item" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <p>{pickText(routine.detail, lng, battery)}</p>
      <p className="tags">
        <span className={`tag care-${routine.who}`}>
          <CareIcon who={routine.who} /> {t(`care.${routine.who}`)}
        </span>
      </p>
      <SourceLine date={item.assessmentDate} />
      <RhythmPicker
        value={rhythm}
        onChange={(next) => {
          const before = rhythm;
          setRhythm(next);
          // Not saved (its message shows above): the picker goes back to what is stored.
          void onChange({ rhythm: next }).then((isSaved) => {
            if (!isSaved) setRhythm(before);
          });
        }}
      />
      <NoteField value={item.note} onSave={(note) => onChange({ note })} />
      <ConfirmButton
        className="link-button remove"
        question={t('remove.routineQuestion', { title })}
        confirmLabel={t('remove.confirm')}
        onConfirm={onRemove}
      >
        {t('remove.routine')}
      </ConfirmButton>
    </li>
  );
}
