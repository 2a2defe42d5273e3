/**
 * For a folded part (a details element) whose content is long to draw: the content is drawn the
 * first time it opens, then kept. Results fold about 1,400 of their 2,100 elements (every
 * suggestion's text and "Add to my plan", each category's why, the chart); drawing them only when
 * she opens one made the screen come sooner on a slow phone (issue 21, bench/scale.ts).
 *
 * A tap on the summary draws the content in the same event, before the browser opens it, so it
 * never opens empty; the details' toggle covers every other way it opens (the keyboard, a script,
 * find in page).
 */
import {
  startTransition,
  useCallback,
  useEffect,
  useState,
  type ReactNode,
  type SyntheticEvent,
} from 'react';

export function useDrawnWhenOpen(openAtFirst: boolean): {
  drawn: boolean;
  detailsProps: { onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => void };
  summaryProps: { onClick: () => void };
} {
  const [drawn, setDrawn] = useState(openAtFirst);
  const draw = useCallback(() => setDrawn(true), []);
  const onToggle = useCallback((event: SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open) setDrawn(true);
  }, []);
  return { drawn, detailsProps: { onToggle }, summaryProps: { onClick: draw } };
}

/**
 * For what follows a screen's first screenful: false on the first draw, then true in a transition
 * right after it — the browser paints the first screen before the rest is drawn, and the rest is
 * drawn in slices that never hold up a tap (issue 21: her results' first screen comes without
 * waiting for the ~1,000 elements below it). Tests' act() draws both at once.
 */
export function useDrawnAfterFirst(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    startTransition(() => setDrawn(true));
  }, []);
  return drawn;
}

/**
 * `useDrawnAfterFirst` for a part of a screen that appears only once its data is ready (the hook
 * must start counting then, not while the screen still says "Loading…"): nothing on the first
 * draw, then what `children` gives, in a transition right after it.
 */
export function AfterFirst({ children }: { children: () => ReactNode }): ReactNode {
  return useDrawnAfterFirst() ? children() : null;
}
