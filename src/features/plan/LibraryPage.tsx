/**
 * The whole library: every protective action and care routine of the battery, to browse by kind
 * of security, horizon and who acts, and to add to her plan whatever her results did not suggest.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTORS, HORIZONS, pickText, type Actor, type CategoryId, type Horizon } from '../../domain/index.ts';
import { loadCurrentBattery } from '../../services/batteries.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { AddToPlanButton } from '../../ui/AddToPlanButton.tsx';
import { usePlanMembership } from '../../ui/usePlanMembership.ts';
import '../../ui/plan.css';
import { Pending } from '../../ui/Pending.tsx';

type Kind = 'action' | 'routine';

function Select<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T | 'all';
  options: { value: T | 'all'; label: string }[];
  onChange: (value: T | 'all') => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T | 'all')}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function LibraryItem({
  title,
  detail,
  tags,
  kind,
  isHeld,
  onAdd,
}: {
  title: string;
  detail: string;
  tags: string[];
  kind: Kind;
  isHeld: boolean | undefined;
  onAdd: () => Promise<void>;
}) {
  const titleId = useId();
  return (
    <li className="rec">
      <h3 id={titleId}>{title}</h3>
      <p>{detail}</p>
      <p className="tags">
        {tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </p>
      {isHeld !== undefined && (
        <AddToPlanButton kind={kind} isHeld={isHeld} onAdd={onAdd} describedBy={titleId} />
      )}
    </li>
  );
}

export default function LibraryPage() {
  const { t, i18n } = useTranslation('plan');
  const lng = i18n.language;
  const [state] = useAsync(() => loadCurrentBattery(), []);
  const membership = usePlanMembership();
  const [kind, setKind] = useState<Kind>('action');
  const [category, setCategory] = useState<CategoryId | 'all'>('all');
  const [horizon, setHorizon] = useState<Horizon | 'all'>('all');
  const [who, setWho] = useState<Actor | 'all'>('all');

  if (state.status !== 'ready') return <Pending state={state} />;
  const battery = state.value;
  const held = membership.held;
  const fits = (item: { categories: CategoryId[]; who: Actor }) =>
    (category === 'all' || item.categories.includes(category)) && (who === 'all' || item.who === who);
  const actions = battery.actions.filter((a) => fits(a) && (horizon === 'all' || a.horizon === horizon));
  const routines = battery.routines.filter(fits);
  const count = kind === 'action' ? actions.length : routines.length;

  return (
    <div className="stack library">
      <ScreenTitle>{t('library.title')}</ScreenTitle>
      <p className="hint">{t('library.intro')}</p>
      <fieldset className="choices">
        <legend>{t('library.show')}</legend>
        {(['action', 'routine'] as const).map((k) => (
          <label key={k} className="choice">
            <input type="radio" name="library-kind" checked={kind === k} onChange={() => setKind(k)} />
            <span>{k === 'action' ? t('library.actions') : t('library.routines')}</span>
          </label>
        ))}
      </fieldset>
      <div className="filters">
        <Select
          label={t('library.category')}
          value={category}
          onChange={setCategory}
          options={[
            { value: 'all', label: t('library.all') },
            ...battery.categories.map((c) => ({ value: c.id, label: pickText(c.name, lng, battery) })),
          ]}
        />
        {kind === 'action' && (
          <Select
            label={t('library.horizon')}
            value={horizon}
            onChange={setHorizon}
            options={[
              { value: 'all', label: t('library.all') },
              ...HORIZONS.map((h) => ({ value: h, label: t(`app:horizons.${h}`) })),
            ]}
          />
        )}
        <Select
          label={t('library.who')}
          value={who}
          onChange={setWho}
          options={[
            { value: 'all', label: t('library.all') },
            ...ACTORS.map((a) => ({ value: a, label: t(`app:who.${a}`) })),
          ]}
        />
      </div>
      <p role="status" className="hint">
        {kind === 'action' ? t('library.countActions', { count }) : t('library.countRoutines', { count })}
      </p>
      {membership.error !== undefined && <ErrorMessage error={membership.error} />}
      <ul className="recs">
        {kind === 'action'
          ? actions.map((a) => (
              <LibraryItem
                key={a.id}
                kind="action"
                title={pickText(a.title, lng, battery)}
                detail={pickText(a.detail, lng, battery)}
                tags={[
                  t(`app:horizons.${a.horizon}`),
                  t(`app:who.${a.who}`),
                  ...(a.support ? [t(`app:support.${a.support}`)] : []),
                ]}
                isHeld={held?.actionIds.has(a.id)}
                onAdd={() => membership.add('action', a.id, battery)}
              />
            ))
          : routines.map((r) => (
              <LibraryItem
                key={r.id}
                kind="routine"
                title={pickText(r.title, lng, battery)}
                detail={pickText(r.detail, lng, battery)}
                tags={[t(`care.${r.who}`), t(`app:rhythm.${r.rhythm}`)]}
                isHeld={held?.routineIds.has(r.id)}
                onAdd={() => membership.add('routine', r.id, battery)}
              />
            ))}
      </ul>
    </div>
  );
}
