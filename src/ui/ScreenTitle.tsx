/** A screen's heading; takes focus when the screen opens so screen readers announce it. */
import { useEffect, useRef, type ReactNode } from 'react';

export function ScreenTitle({ children, focusKey }: { children: ReactNode; focusKey?: string | number }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
