/**
 * Writes the web app icons (public/icons/icon-192.png and icon-512.png): drawn here, pixel by
 * pixel, so they need no image tool and no artwork from elsewhere. Run: npx tsx scripts/icons.ts
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

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) writeFileSync(`public/icons/icon-${size}.png`, icon(size));
