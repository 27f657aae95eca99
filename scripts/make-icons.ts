/**
 * Draws Margin's toolbar and store icons (16, 32, 48, 128 px) into public/icon/, where WXT
 * finds them: a dark page with a yellow margin bar and three lines of text. Plain PNG written
 * here, so no image library is needed. Run: `npx tsx scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const PAGE: Rgba = [31, 41, 55, 255];
const BAR: Rgba = [240, 228, 66, 255];
const LINE: Rgba = [230, 230, 230, 255];

/** The colour at (x, y) of a unit square drawing, antialiased by the caller's sampling. */
function colourAt(u: number, v: number): Rgba | null {
  const r = 0.16;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return null;
  if (u > 0.18 && u < 0.3 && v > 0.18 && v < 0.82) return BAR;
  for (const top of [0.24, 0.45, 0.66]) {
    if (u > 0.4 && u < (top === 0.66 ? 0.68 : 0.82) && v > top && v < top + 0.1) return LINE;
  }
  return PAGE;
}

function pixels(size: number): Buffer {
  const out = Buffer.alloc(size * (size * 4 + 1));
  const n = 4;
  for (let y = 0; y < size; y++) {
    out[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size);
          if (c) for (let i = 0; i < 4; i++) sum[i]! += c[i]! * (i < 3 ? c[3] / 255 : 1);
        }
      }
      const alpha = sum[3]! / (n * n);
      const at = y * (size * 4 + 1) + 1 + x * 4;
      for (let i = 0; i < 3; i++)
        out[at + i] = alpha ? Math.round(sum[i]! / (n * n) / (alpha / 255)) : 0;
      out[at + 3] = Math.round(alpha);
    }
  }
  return out;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG file of the icon at `size` pixels. */
export function iconPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, iconPng(size));
console.log('wrote public/icon/{16,32,48,128}.png');
