/**
 * The app's small icons, drawn as SVG shipped with the app: never font glyphs (⎙, ✓, ◐…), which a
 * phone without that glyph shows as an empty box. Each is decorative (`aria-hidden`): the words
 * beside it say the same. They take the colour of the text around them (`currentColor`) and its
 * size (1em).
 */
import type { ReactNode } from 'react';
import type { PlanStatus } from '../domain/index.ts';

function Icon({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 20 20"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A tick: done, in the plan, chosen. */
export function CheckIcon({ className }: { className?: string }) {
  return (
    <Icon className={className}>
      <path d="M4 10.5l4 4 8-9" className="i-stroke" />
    </Icon>
  );
}

/** A cross: quick exit. */
export function CloseIcon() {
  return (
    <Icon>
      <path d="M5 5l10 10M15 5 5 15" className="i-stroke" />
    </Icon>
  );
}

/** A printer. */
export function PrintIcon() {
  return (
    <Icon>
      <path d="M6 7V2.5h8V7" className="i-stroke i-thin" />
      <rect x="2.5" y="7" width="15" height="7" rx="1.5" className="i-stroke i-thin" />
      <path d="M6 12h8v5.5H6z" className="i-stroke i-thin i-surface" />
    </Icon>
  );
}

/** An arrow down into a tray: save a file. */
export function DownloadIcon() {
  return (
    <Icon>
      <path d="M10 2.5v10M6 8.5l4 4 4-4M3.5 14v3h13v-3" className="i-stroke" />
    </Icon>
  );
}

/** An arrow back or forward; it turns with the text direction (mirrored right-to-left). */
export function ArrowIcon({ direction }: { direction: 'back' | 'forward' }) {
  return (
    <Icon className={`arrow-${direction}`}>
      <path
        d={direction === 'back' ? 'M16.5 10h-13M8 5.5 3.5 10 8 14.5' : 'M3.5 10h13M12 5.5l4.5 4.5-4.5 4.5'}
        className="i-stroke"
      />
    </Icon>
  );
}

/**
 * A shape per plan status, so it never rests on colour: an empty circle (to do), a half-filled one
 * (doing), a tick in a filled circle (done), a dash (not for me).
 */
export function StatusIcon({ status }: { status: PlanStatus }) {
  return (
    <Icon className={`status-icon status-icon-${status}`}>
      {status === 'todo' && <circle cx="10" cy="10" r="6.5" className="i-stroke i-thin" />}
      {status === 'doing' && (
        <>
          <circle cx="10" cy="10" r="6.5" className="i-stroke i-thin" />
          <path d="M10 3.5a6.5 6.5 0 0 1 0 13z" className="i-fill" />
        </>
      )}
      {status === 'done' && (
        <>
          <circle cx="10" cy="10" r="7.5" className="i-fill" />
          <path d="M6.5 10.3l2.5 2.5 4.7-5.3" className="i-stroke i-on-fill" />
        </>
      )}
      {status === 'notForMe' && <path d="M5 10h10" className="i-stroke" />}
    </Icon>
  );
}

/** Who a care routine is for: a circle (me), two rings (with people I trust), a square (my group). */
export function CareIcon({ who }: { who: 'me' | 'trusted' | 'organisation' }) {
  return (
    <Icon className="care-icon">
      {who === 'me' && <circle cx="10" cy="10" r="6" className="i-stroke i-thin" />}
      {who === 'trusted' && (
        <>
          <circle cx="10" cy="10" r="7" className="i-stroke i-thin" />
          <circle cx="10" cy="10" r="3" className="i-stroke i-thin" />
        </>
      )}
      {who === 'organisation' && (
        <>
          <rect x="3.5" y="3.5" width="13" height="13" rx="1" className="i-stroke i-thin" />
          <rect x="7" y="7" width="6" height="6" className="i-fill" />
        </>
      )}
    </Icon>
  );
}
