/**
 * The mark of a folded part (details/summary): drawn in SVG, never a font glyph. It points to the
 * end of the line when folded (mirrored right to left) and down when open; see results.css.
 */
export function Chevron() {
  return (
    <svg className="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M6 3.5 10.5 8 6 12.5" />
    </svg>
  );
}
