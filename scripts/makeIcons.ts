/**
 * Makes the PNG icons from public/icons/icon.svg (our own artwork): 192, 512, and a maskable 512
 * with the artwork inside the safe zone. Run with `npm run icons` after changing the SVG.
 */
import { Resvg } from '@resvg/resvg-js';
import UPNG from 'upng-js';
import { readFileSync, writeFileSync } from 'node:fs';

const svg = readFileSync('public/icons/icon.svg', 'utf8');

function render(source: string, size: number, out: string): void {
  const image = new Resvg(source, { fitTo: { mode: 'width', value: size } }).render();
  // A palette of 256 colours: the artwork is a few flat colours with smooth edges, and a quarter of
  // the bytes of full colour (the icons are part of the offline cache, DESIGN.md §9).
  const pixels = new Uint8Array(image.pixels);
  const png = Buffer.from(UPNG.encode([pixels.buffer], image.width, image.height, 256));
  writeFileSync(out, png);
  console.log(`${out}: ${png.length} bytes`);
}

render(svg, 192, 'public/icons/icon-192.png');
render(svg, 512, 'public/icons/icon-512.png');

// Maskable: full-bleed background, artwork scaled to 70% so the circle mask never cuts it.
const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="#2f4858"/><g transform="translate(76.8 76.8) scale(0.7)">${inner}</g></svg>`;
render(maskable, 512, 'public/icons/icon-maskable-512.png');
render(svg, 180, 'public/icons/apple-touch-icon.png');
