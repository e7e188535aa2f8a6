/**
 * Writes the web app icons (public/icons/icon-192.png and icon-512.png) and the favicon
 * (public/favicon.svg, and public/favicon.ico for what asks for that address): drawn here, pixel
 * by pixel or as a few SVG shapes, so they need no image tool and no artwork from elsewhere.
 * Run: npx tsx scripts/icons.ts
 * A sea-blue square with a land-coloured disc split by a dark line into two of the map's
 * controller colours, as on the map where two sides meet.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const SEA = [0xc6, 0xdc, 0xea];
const LEFT = [0x00, 0x72, 0xb2];
const RIGHT = [0xe6, 0x9f, 0x00];
const LINE = [0x1b, 0x1b, 0x1b];

function icon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const centre = size / 2;
  const radius = size * 0.38;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - centre;
      const dy = y + 0.5 - centre;
      // A slanted boundary across the disc.
      const side = dx + dy * 0.35;
      let colour = SEA;
      if (Math.hypot(dx, dy) <= radius) {
        if (Math.abs(side) < size * 0.018) colour = LINE;
        else colour = side < 0 ? LEFT : RIGHT;
      }
      const i = (y * size + x) * 4;
      png.data[i] = colour[0]!;
      png.data[i + 1] = colour[1]!;
      png.data[i + 2] = colour[2]!;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** An .ico holding one PNG image (every browser that runs the atlas reads PNG in .ico). */
function ico(size: number): Buffer {
  const png = icon(size);
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // an icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, png]);
}

const hex = (rgb: number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The same drawing as an SVG, on a 32-unit square: the slanted line is dx + 0.35·dy = 0. */
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" fill="${hex(SEA)}"/>
  <clipPath id="disc"><circle cx="16" cy="16" r="12.16"/></clipPath>
  <g clip-path="url(#disc)">
    <rect width="32" height="32" fill="${hex(RIGHT)}"/>
    <path d="M0 0H21.6L10.4 32H0Z" fill="${hex(LEFT)}"/>
    <path d="M21.6 0L10.4 32" stroke="${hex(LINE)}" stroke-width="1.2"/>
  </g>
</svg>
`;

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) writeFileSync(`public/icons/icon-${size}.png`, icon(size));
writeFileSync('public/favicon.ico', ico(32));
writeFileSync('public/favicon.svg', svg);
