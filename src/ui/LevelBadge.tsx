/** A level as text, icon and colour together: never colour alone. */
import { useTranslation } from 'react-i18next';
import type { CategoryLevel, CategoryResult, LevelKind } from '../domain/index.ts';

export function LevelIcon({ level }: { level: CategoryLevel }) {
  // Distinct shapes: circle, square, triangle, octagon; a dashed circle for "not enough answers".
  return (
    <svg
      className={`level-icon level-${level}`}
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
    >
      {level === 'low' && <circle cx="10" cy="10" r="7" />}
      {level === 'moderate' && <rect x="3.5" y="3.5" width="13" height="13" rx="2" />}
      {level === 'high' && <path d="M10 2.5 18 17H2z" />}
      {level === 'severe' && <path d="M6.5 2h7L18 6.5v7L13.5 18h-7L2 13.5v-7z" />}
      {level === 'insufficient' && <circle cx="10" cy="10" r="7" className="dashed" />}
    </svg>
  );
}

/**
 * A level in words. Model 2 says where it comes from ("High — from what exposes you") and which
 * answers were missing ("Not enough answers about threats").
 */
export function useLevelWords(): (
  level: CategoryLevel,
  detail?: { kind?: LevelKind; insufficient?: CategoryResult['insufficient'] },
) => string {
  const { t } = useTranslation();
  return (level, detail) => {
    if (level === 'insufficient')
      return detail?.insufficient === 'threats' ? t('levels.insufficientThreats') : t('levels.insufficient');
    const words = t(`levels.${level}`);
    return detail?.kind ? t('levels.withKind', { level: words, kind: t(`kinds.${detail.kind}`) }) : words;
  };
}

export function LevelBadge({
  level,
  kind,
  insufficient,
}: {
  level: CategoryLevel;
  kind?: LevelKind;
  insufficient?: CategoryResult['insufficient'];
}) {
  const words = useLevelWords();
  return (
    <span className={`level-badge level-${level}`}>
      <LevelIcon level={level} />
      <span>{words(level, { kind, insufficient })}</span>
    </span>
  );
}
