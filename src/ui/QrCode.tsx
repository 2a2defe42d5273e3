/** A QR code as SVG elements (no injected markup), from lean-qr, loaded with this screen. */
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

export function QrCode({ text, label }: { text: string; label: string }) {
  const code = generate(text);
  return (
    <svg
      className="qr"
      viewBox={`-2 -2 ${code.size + 4} ${code.size + 4}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <path d={toSvgPath(code)} />
    </svg>
  );
}
