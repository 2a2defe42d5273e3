/**
 * New content that replaces the button she just pressed (a made backup, a checked file, a new
 * key): it takes focus when it appears, so keyboard and screen-reader users land on it and hear
 * it, instead of focus falling back to the top of the page.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function FocusOnArrival({
  as: Tag,
  id,
  className,
  testId,
  children,
}: {
  as: 'h2' | 'h3' | 'p';
  id?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement & HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Tag ref={ref} tabIndex={-1} id={id} className={className} data-testid={testId}>
      {children}
    </Tag>
  );
}
