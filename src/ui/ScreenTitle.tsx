/** A screen's heading; takes focus when the screen opens so screen readers announce it. */
import { useEffect, useRef, type ReactNode } from 'react';

export function ScreenTitle({
  children,
  focusKey,
  describedBy,
}: {
  children: ReactNode;
  focusKey?: string | number;
  /** The id of a line read with the heading when it takes focus (a gentle word before a hard question). */
  describedBy?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} aria-describedby={describedBy}>
      {children}
    </h1>
  );
}
