/** A level in words, with where it came from when the risk model says ("High — from what exposes you"). */
import type { TFunction } from 'i18next';
import type { GroupLevel } from '../../domain/index.ts';

export function levelWords(t: TFunction, l: GroupLevel): string {
  const level = t(`app:levels.${l.level}`);
  return l.kind ? t('app:levels.withKind', { level, kind: t(`app:kinds.${l.kind}`) }) : level;
}
