/**
 * In urgent steps (issue 20): the organisations whose services fit what fired — a threat to life
 * finds an emergency line and relocation, detention finds legal support — from her local packs
 * first, then the shipped directory. Which kinds fit which guidance block is the directory's
 * `fits` map (indicators/support/README.md says why it lives there). Each card shows its name and
 * what it offers, and opens to the rest (how to reach it, the checked date): three cards in full
 * took about 3,000 px, four phone screens, in the urgent steps alone (issue 16). The group itself is
 * folded to its title and count (still about 1,000 px open). Loaded on demand, with its words, so
 * results draw without it first; offline like everything else.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { kindsForGuidance, listSupport } from '../domain/index.ts';
import { listLoadedPacks, loadShippedSupport } from '../services/support.ts';
import { Chevron } from './Chevron.tsx';
import { useRouter } from './navigation.tsx';
import { useIsPractice } from './practiceMode.ts';
import { SupportList, TracesNote } from './SupportList.tsx';
import { useAsync } from './useAsync.ts';
import { useSupportWords } from './useSupportWords.ts';

export default function SupportThatFits({ blocks }: { blocks: readonly string[] }) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  // In a practice session the "Who can help" screen is not offered: it lists the people the
  // phone's owner trusts (src/ui/practiceMode.ts).
  const practice = useIsPractice();
  const titleId = useId();
  const hasWords = useSupportWords();
  // Her packs when they can be read; the shipped directory in any case (a practice session in a
  // workshop, or a storage fault, must not hide the emergency lines).
  const [state] = useAsync(
    async () => ({
      shipped: await loadShippedSupport(),
      packs: (await listLoadedPacks().catch(() => ({ packs: [] }))).packs,
    }),
    [],
  );
  if (!hasWords || state.status !== 'ready') return null;
  const { shipped, packs } = state.value;
  const kinds = kindsForGuidance(shipped.fits, blocks);
  const listings =
    kinds.length > 0
      ? listSupport(
          shipped,
          packs.map((p) => p.directory),
          kinds,
        )
      : [];
  return (
    <div className="stack support-that-fits" aria-labelledby={titleId} role="group">
      {listings.length > 0 ? (
        // Folded to one line under her steps: the note on traces and the cards take about two
        // phone screens (issue 16 wants the threat-to-life page in about five, folded).
        <details className="group-details">
          <summary>
            <span className="summary-text">
              <h3 id={titleId}>{t('support:urgent.title')}</h3>
              <span className="count">{t('results.count', { count: listings.length })}</span>
            </span>
            <Chevron />
          </summary>
          <div className="stack">
            <p>{t('support:urgent.intro')}</p>
            <TracesNote headingLevel={4} />
            <SupportList listings={listings} headingLevel={4} folded />
          </div>
        </details>
      ) : (
        <h3 id={titleId}>{t('support:urgent.title')}</h3>
      )}
      {!practice && (
        <button type="button" className="button" onClick={() => navigate({ name: 'support' })}>
          {t('support:urgent.all')}
        </button>
      )}
    </div>
  );
}
