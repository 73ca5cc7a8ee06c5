// Draws images/icon.png (128×128), the extension's marketplace icon: a white page with numbered
// paragraphs on UN blue. Plain Node (zlib) so no image tool is needed: node images/icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // 4×4 samples per pixel for smooth edges.
const BLUE = [0, 158, 219];
const LIGHT = [154, 217, 244];
const WHITE = [255, 255, 255];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
// The page, with its top-right corner folded along the diagonal from (76, 18) to (98, 40).
const cut = (x, y) => x - 76 > y - 18;
const inFold = (x, y) => x >= 76 && y <= 40 && !cut(x, y);
const inPage = (x, y) => inRoundRect(x, y, 30, 18, 98, 110, 6) && !cut(x, y) && !inFold(x, y);
const rows = [46, 66, 86];
const inMark = (x, y) => rows.some(r => inRoundRect(x, y, 40, r, 50, r + 10, 2.5));
const inLine = (x, y) => rows.some((r, i) => inRoundRect(x, y, 56, r + 2.5, i === 2 ? 76 : 88, r + 7.5, 2.5));

function colourAt(x, y) {
  if (inMark(x, y) || inLine(x, y)) return [BLUE, 1];
  if (inFold(x, y)) return [LIGHT, 1];
  if (inPage(x, y)) return [WHITE, 1];
  if (inRoundRect(x, y, 4, 4, 124, 124, 22)) return [BLUE, 1];
  return [[0, 0, 0], 0];
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SAMPLES; sy++)
      for (let sx = 0; sx < SAMPLES; sx++) {
        const [c, alpha] = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        r += c[0] * alpha;
        g += c[1] * alpha;
        b += c[2] * alpha;
        a += alpha;
      }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    const n = SAMPLES * SAMPLES;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((a / n) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = buf => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8;
header[9] = 6; // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`icon.png: ${png.length} bytes`);
