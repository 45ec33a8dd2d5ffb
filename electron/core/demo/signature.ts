// A signature for demo intakes: a hand-drawn-looking scribble encoded as a small PNG, made once,
// so printed sample intakes show a signature like real ones (and no real person's is used).
import { deflateSync } from 'node:zlib';
import { SIGNATURE_PNG_PREFIX } from '../../../shared/schemas/intake';

const WIDTH = 240;
const HEIGHT = 60;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function scribble(): Buffer {
  // 8-bit grayscale, one filter byte (0) per row; white paper, a dark pen stroke.
  const rows = Buffer.alloc((WIDTH + 1) * HEIGHT, 255);
  for (let y = 0; y < HEIGHT; y++) rows[y * (WIDTH + 1)] = 0;
  const ink = (x: number, y: number) => {
    for (let dy = -1; dy <= 1; dy++) {
      const yy = Math.round(y) + dy;
      const xx = Math.round(x);
      if (xx >= 0 && xx < WIDTH && yy >= 0 && yy < HEIGHT) rows[yy * (WIDTH + 1) + 1 + xx] = 40;
    }
  };
  for (let t = 0; t < 2000; t++) {
    const x = 10 + (t / 2000) * 220;
    const y = 32 + Math.sin(t / 40) * 14 * Math.cos(t / 310) + Math.sin(t / 9) * 4;
    ink(x, y);
  }
  for (let x = 14; x < 226; x++) ink(x, 50 + Math.sin(x / 30));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grayscale
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
  return png;
}

let cached: string | null = null;

/** The demo signature as a data URL, as the intake form's signature pad produces it. */
export function demoSignature(): string {
  return (cached ??= `${SIGNATURE_PNG_PREFIX}${scribble().toString('base64')}`);
}
