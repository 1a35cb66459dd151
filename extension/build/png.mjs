// Draws the extension's icons as PNG files with nothing but Node's zlib: a rounded square in the
// Ryggrad accent colour with a white, gently curved column of vertebrae. Chrome needs PNG (not
// SVG) for action icons, and drawing them here keeps binary files out of the repository.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (Uint8Array, width × height × 4) as a PNG file. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(rows, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Signed distance from (x, y) to a rounded rectangle centred at (cx, cy); negative inside.
function roundedRect(x, y, cx, cy, halfWidth, halfHeight, radius) {
  const qx = Math.abs(x - cx) - halfWidth + radius;
  const qy = Math.abs(y - cy) - halfHeight + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const ACCENT = [0x00, 0x5b, 0x99];
const WHITE = [0xff, 0xff, 0xff];

/** The icon at one size, drawn on a 1 × 1 unit square with 4 × 4 supersampling for smooth edges. */
export function drawIcon(size) {
  const vertebrae = size <= 16 ? 3 : 5;
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let background = 0;
      let bone = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (roundedRect(x, y, 0.5, 0.5, 0.5, 0.5, 0.2) > 0) continue;
          background += 1;
          // Vertebrae from top to bottom, wider towards the lower back, following a soft curve.
          const top = 0.16;
          const step = 0.68 / vertebrae;
          for (let index = 0; index < vertebrae; index += 1) {
            const t = (index + 0.5) / vertebrae;
            const cy = top + step * (index + 0.5);
            const cx = 0.5 + 0.07 * Math.sin(Math.PI * (t * 1.6 - 0.3));
            const halfWidth = 0.11 + 0.07 * t;
            const halfHeight = step * 0.36;
            if (roundedRect(x, y, cx, cy, halfWidth, halfHeight, halfHeight * 0.8) <= 0) {
              bone += 1;
              break;
            }
          }
        }
      }
      const total = samples * samples;
      const alpha = background / total;
      const boneShare = background === 0 ? 0 : bone / background;
      const offset = (py * size + px) * 4;
      for (let channel = 0; channel < 3; channel += 1) {
        pixels[offset + channel] = Math.round(ACCENT[channel] * (1 - boneShare) + WHITE[channel] * boneShare);
      }
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, pixels);
}

export const ICON_SIZES = [16, 32, 48, 128];
