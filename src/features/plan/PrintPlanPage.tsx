/**
 * A printable plan: she chooses what goes on paper (actions, routines, people, her notes — and any
 * single item she would rather not see written down), sees the page as it will print, and prints
 * it from the browser's own dialog (to paper or to a PDF).
 * The paper says "My plan" and nothing about the app: a sheet can be found.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTLED_STATUSES, pickText } from '../../domain/index.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { formatDate } from '../../i18n/format.ts';
import { listContacts } from '../../services/contacts.ts';
import { loadPlanData } from '../../services/plan.ts';

import { rhythmWords } from '../../ui/planWords.ts';
import '../../ui/plan.css';
import { Pending } from '../../ui/Pending.tsx';
import { PrintIcon, StatusIcon } from '../../ui/icons.tsx';

const PARTS = ['actions', 'routines', 'contacts', 'notes'] as const;
type Part = (typeof PARTS)[number];

async function load() {
  const [plan, contacts] = await Promise.all([loadPlanData(), listContacts()]);
  return { ...plan, contacts };
}

/** One line of the sheet, with a box (on screen only) to keep it off paper. */
function SheetItem({
  label,
  isOnPaper,
  onToggle,
  children,
}: {
  label: string;
  isOnPaper: boolean;
  onToggle: (isOnPaper: boolean) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('plan');
  return (
    <li className={isOnPaper ? undefined : 'left-out'}>
      <label className="choice on-paper no-print">
        <input type="checkbox" checked={isOnPaper} onChange={(e) => onToggle(e.target.checked)} />
        <span>
          {t('print.onPaper')}
          <span className="visually-hidden">: {label}</span>
        </span>
      </label>
      {children}
    </li>
  );
}

function SheetNote({ note }: { note: string }) {
  const { t } = useTranslation('plan');
  return (
    <p className="sheet-note" dir="auto">
      {t('print.noteLine', { note })}
    </p>
  );
}

export default function PrintPlanPage() {
  const { t, i18n } = useTranslation('plan');
  const lng = i18n.language;
  const [state] = useAsync(load, []);
  // People's names and her notes stay off paper unless she chooses them.
  const [parts, setParts] = useState<Record<Part, boolean>>({
    actions: true,
    routines: true,
    contacts: false,
    notes: false,
  });
  // Single items she keeps off paper; an action she marked "not for me" starts off paper.
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>();
  const onPaper = (id: string) => !(leftOut ?? new Set<string>()).has(id);
  const setOnPaper = (id: string) => (isOn: boolean) =>
    setLeftOut((current) => {
      const next = new Set(current);
      if (isOn) next.delete(id);
      else next.add(id);
      return next;
    });

  // The browser may print the page title in a header: make it say nothing about the app.
  useEffect(() => {
    const before = document.title;
    document.title = t('print.sheetTitle');
    return () => {
      document.title = before;
    };
  }, [t]);

  if (state.status !== 'ready') return <Pending state={state} />;
  const { items, routines, contacts } = state.value;
  if (leftOut === undefined) {
    setLeftOut(new Set(items.filter((x) => x.item.status === 'notForMe').map((x) => x.item.id)));
  }
  const actions = [...items].sort(
    (a, b) =>
      Number(SETTLED_STATUSES.includes(a.item.status)) - Number(SETTLED_STATUSES.includes(b.item.status)),
  );
  const isEmpty =
    (!parts.actions || actions.length === 0) &&
    (!parts.routines || routines.length === 0) &&
    (!parts.contacts || contacts.length === 0);

  return (
    <div className="stack print-plan">
      <div className="stack no-print">
        <ScreenTitle>{t('print.title')}</ScreenTitle>
        <p className="notice notice-warning">{t('print.warning')}</p>
        <fieldset className="choices">
          <legend>{t('print.choose')}</legend>
          {PARTS.map((p) => (
            <label key={p} className="choice">
              <input
                type="checkbox"
                name={`print-${p}`}
                checked={parts[p]}
                onChange={(e) => setParts((x) => ({ ...x, [p]: e.target.checked }))}
              />
              <span>{t(`print.parts.${p}`)}</span>
            </label>
          ))}
        </fieldset>
        <p className="hint">{t('print.headers')}</p>
        <button type="button" className="button primary print-button" onClick={() => window.print()}>
          <PrintIcon />
          {t('print.print')}
        </button>
        <h2>{t('print.preview')}</h2>
      </div>

      <article className="print-sheet" aria-label={t('print.preview')}>
        <h2 className="sheet-title">{t('print.sheetTitle')}</h2>
        <p className="hint">{formatDate(new Date(), lng)}</p>
        {isEmpty && <p>{t('print.empty')}</p>}
        {parts.actions && actions.length > 0 && (
          <section className="sheet-part">
            <h3>{t('plan.actionsTitle')}</h3>
            <ul className="sheet-list">
              {actions.map(({ item, action, battery }) => (
                <SheetItem
                  key={item.id}
                  label={pickText(action.title, lng, battery)}
                  isOnPaper={onPaper(item.id)}
                  onToggle={setOnPaper(item.id)}
                >
                  <span className="sheet-status">
                    <StatusIcon status={item.status} /> {t(`status.${item.status}`)}
                  </span>{' '}
                  <strong>{pickText(action.title, lng, battery)}</strong>
                  <span className="hint"> · {t(`app:horizons.${action.horizon}`)}</span>
                  {parts.notes && item.note && <SheetNote note={item.note} />}
                </SheetItem>
              ))}
            </ul>
          </section>
        )}
        {parts.routines && routines.length > 0 && (
          <section className="sheet-part">
            <h3>{t('plan.routinesTitle')}</h3>
            <ul className="sheet-list">
              {routines.map(({ item, routine, battery }) => (
                <SheetItem
                  key={item.id}
                  label={pickText(routine.title, lng, battery)}
                  isOnPaper={onPaper(item.id)}
                  onToggle={setOnPaper(item.id)}
                >
                  <strong>{pickText(routine.title, lng, battery)}</strong>
                  <span className="hint">
                    {' '}
                    · {rhythmWords(item.rhythm, t, lng)} · {t(`care.${routine.who}`)}
                  </span>
                  {parts.notes && item.note && <SheetNote note={item.note} />}
                </SheetItem>
              ))}
            </ul>
          </section>
        )}
        {parts.contacts && contacts.length > 0 && (
          <section className="sheet-part">
            <h3>{t('contacts.title')}</h3>
            <ul className="sheet-list">
              {contacts.map((c) => (
                <SheetItem key={c.id} label={c.name} isOnPaper={onPaper(c.id)} onToggle={setOnPaper(c.id)}>
                  <strong dir="auto">{c.name}</strong>
                  {c.reach && <span dir="auto"> · {c.reach}</span>}
                  {c.helpsWith && <span dir="auto"> · {c.helpsWith}</span>}
                  {parts.notes && c.note && <SheetNote note={c.note} />}
                </SheetItem>
              ))}
            </ul>
          </section>
        )}
      </article>
    </div>
  );
}
