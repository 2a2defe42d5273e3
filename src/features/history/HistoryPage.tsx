/**
 * History: every completed assessment, its level in each category (named, in words and shape),
 * trends per category with labelled axes; open, delete one, delete all.
 */
import { Fragment, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_IDS, type CategoryId } from '../../domain/index.ts';
import { useRouter } from '../../ui/navigation.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { LevelBadge, LevelIcon, useLevelWords } from '../../ui/LevelBadge.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { deleteAllAssessments, deleteAssessment } from '../../services/assessments.ts';
import { formatDate } from '../../i18n/format.ts';
import { historyAsLastRead, loadHistory, sameHistory, type HistoryEntry } from '../../services/history.ts';
import { sameQuestions, TrendChart, trends } from './TrendChart.tsx';
import './history.css';
import { Pending } from '../../ui/Pending.tsx';
import { whenIdle } from '../../ui/whenIdle.ts';
import { AfterFirst } from '../../ui/drawnWhenOpen.ts';

/** Assessments listed at first and added by each "Show more": several phone screens already. */
const PAGE = 10;

export default function HistoryPage() {
  const { t, i18n } = useTranslation();
  const { navigate, preload } = useRouter();
  // Drawn at once from what home read to count them, when nothing has changed since; read again at idle.
  const [state, reload] = useAsync(() => loadHistory(), [], {
    initial: historyAsLastRead,
    same: sameHistory,
  });
  const [shown, setShown] = useState(PAGE);
  const [error, setError] = useState<unknown>();
  const levelWords = useLevelWords();
  const lng = i18n.language;
  const newest = state.status === 'ready' ? state.value.entries.at(-1)?.assessment : undefined;
  const newestId = newest?.id;
  const batteryId = newest?.batteryId;
  const batteryVersion = newest?.batteryVersion;

  // Once the list is drawn: the results screen's code, the battery her newest assessment is read
  // with, and its results load while she reads, so that "Open" on it draws them at once. Another
  // assessment's results start loading as she presses its "Open" (`onPointerDown`).
  const readAhead = useCallback(
    (assessment: { id: string; batteryId: string; batteryVersion: string }) => {
      preload('results');
      import('../../services/results.ts').then((m) => m.prepareResultsOf(assessment)).catch(() => undefined);
    },
    [preload],
  );
  useEffect(() => {
    if (!newestId || !batteryId || !batteryVersion) return;
    return whenIdle(() => readAhead({ id: newestId, batteryId, batteryVersion }));
  }, [newestId, batteryId, batteryVersion, readAhead]);

  const trendOf = useMemo(
    () => (state.status === 'ready' ? trends(state.value.entries) : undefined),
    [state],
  );

  if (state.status !== 'ready') return <Pending state={state} />;
  const { entries } = state.value;
  // The app's own words for the five categories: History loads no battery (issue 21).
  const categoryName = (c: CategoryId) => t(`history.categoryNames.${c}`);
  // Where two assessments in a row used different questions (a new battery version).
  const changes = entries.flatMap((e, i) => {
    const before = entries[i - 1];
    return before && !sameQuestions(before, e) ? [{ before, after: e }] : [];
  });
  const versionWords = (from: HistoryEntry, to: HistoryEntry) => {
    const label = (e: HistoryEntry) =>
      from.assessment.batteryId === to.assessment.batteryId
        ? e.assessment.batteryVersion
        : `${e.assessment.batteryId} ${e.assessment.batteryVersion}`;
    return { from: label(from), to: label(to) };
  };

  const run = async (operation: () => Promise<void>) => {
    try {
      await operation();
      reload();
    } catch (e) {
      setError(e);
    }
  };

  const list = () => {
    // The newest `shown`, and the one before them (to say where the questions changed).
    const newestFirst = entries.slice(-(shown + 1)).reverse();
    return (
      <section className="stack" aria-labelledby="list-title">
        <h2 id="list-title">{t('history.listTitle', { count: entries.length })}</h2>
        <ul className="history-list">
          {newestFirst.slice(0, shown).map((entry, i) => {
            const { assessment, result } = entry;
            const older = newestFirst[i + 1];
            const changed = older && !sameQuestions(older, entry);
            return (
              <Fragment key={assessment.id}>
                <li className="card history-item">
                  <p className="history-date">
                    {formatDate(assessment.completedAt, lng, true)}
                    <span className="hint">
                      {' · '}
                      {t(`forms.${assessment.formId === 'short' ? 'short' : 'full'}`)}
                      {' · '}
                      {t('history.batteryVersion', { version: assessment.batteryVersion })}
                    </span>
                  </p>
                  {result ? (
                    <>
                      <p className="history-highest">
                        {t('history.highest')} <LevelBadge level={result.overall} />
                      </p>
                      <ul className="mini-levels">
                        {result.categories.map((c) => {
                          return (
                            <li key={c.category}>
                              <span className="mini-name">{categoryName(c.category)}</span>
                              <span className={`mini-level level-${c.level}`}>
                                <LevelIcon level={c.level} /> {levelWords(c.level, { kind: c.kind })}
                              </span>
                            </li>
                          );
                        })}
                      </ul>
                    </>
                  ) : (
                    <p className="hint">{t('history.unreadable')}</p>
                  )}
                  <div className="button-row">
                    {result && (
                      <button
                        type="button"
                        className="button"
                        // Her results start loading as her finger lands, before the tap ends.
                        onPointerDown={() => readAhead(assessment)}
                        onClick={() => navigate({ name: 'results', id: assessment.id })}
                      >
                        {t('history.open')}
                      </button>
                    )}
                    <ConfirmButton
                      question={t('history.deleteOneQuestion')}
                      confirmLabel={t('history.deleteOneConfirm')}
                      onConfirm={() => run(() => deleteAssessment(assessment.id))}
                    >
                      {t('history.delete')}
                    </ConfirmButton>
                  </div>
                </li>
                {changed && (
                  <li className="history-change">
                    <p className="notice">{t('history.questionsChanged', versionWords(older, entry))}</p>
                  </li>
                )}
              </Fragment>
            );
          })}
        </ul>
        {shown < entries.length && (
          <button type="button" className="button" onClick={() => setShown(shown + PAGE)}>
            {t('history.showMore')}
          </button>
        )}
        <ConfirmButton
          className="button danger-outline"
          question={t('history.deleteAllQuestion', { count: entries.length })}
          confirmLabel={t('history.deleteAllConfirm')}
          onConfirm={() => run(() => deleteAllAssessments())}
        >
          {t('history.deleteAll')}
        </ConfirmButton>
      </section>
    );
  };

  return (
    <div className="stack history">
      <ScreenTitle>{t('history.title')}</ScreenTitle>
      {error !== undefined && <ErrorMessage error={error} />}
      {entries.length === 0 && <p>{t('history.empty')}</p>}

      {entries.length > 1 && (
        <section className="stack" aria-labelledby="trend-title">
          <h2 id="trend-title">{t('history.trendTitle')}</h2>
          {changes.map(({ before, after }) => (
            <p key={after.assessment.id} className="hint questions-changed-note">
              {t('history.questionsChangedOn', {
                date: formatDate(after.assessment.completedAt, lng),
                ...versionWords(before, after),
              })}
            </p>
          ))}
          {CATEGORY_IDS.map((c) => (
            <TrendChart key={c} trend={trendOf?.get(c)} name={categoryName(c)} />
          ))}
        </section>
      )}

      {entries.length > 0 &&
        (entries.length > 1 ? (
          // The trends fill her first screen; the list (about 400 elements) is drawn right after.
          <AfterFirst>{list}</AfterFirst>
        ) : (
          list()
        ))}
    </div>
  );
}
