/**
 * A page photographed with a phone: the sheet is found as the largest bright region of a small
 * copy, its four corners are pulled back to a rectangle (perspective) and its contrast stretched;
 * uneven light is left to tesseract's adaptive (Sauvola) binarisation. A flat scan is only
 * enlarged when small. Either stays in colour, so that a seal is removed afterwards (seal.ts).
 */
import type { GrayImage } from './rulings.js';
import { readPnm } from './pnm.js';
import { runBinary } from './run.js';

/** Four corners: top-left, top-right, bottom-right, bottom-left, in the analysed image's pixels. */
export type Quad = [[number, number], [number, number], [number, number], [number, number]];

/** Otsu's threshold of a gray image. */
export function otsu(img: GrayImage): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of img.data) hist[v] = (hist[v] ?? 0) + 1;
  const total = img.data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * (hist[i] ?? 0);
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t] ?? 0;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * (hist[t] ?? 0);
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/**
 * The sheet of paper in a photo: the largest bright connected region, closed over the dark text
 * inside it. Null when it fills the frame (a scan) or is too small to trust.
 */
export function findPaper(img: GrayImage): Quad | null {
  const { width, height, data } = img;
  const t = otsu(img);
  const bright = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) bright[i] = (data[i] ?? 0) > t ? 1 : 0;
  const label = new Int32Array(width * height).fill(-1);
  let bestId = -1;
  let bestSize = 0;
  const stack: number[] = [];
  let id = 0;
  for (let start = 0; start < bright.length; start++) {
    if (!bright[start] || label[start] !== -1) continue;
    let size = 0;
    stack.push(start);
    label[start] = id;
    while (stack.length) {
      const p = stack.pop() as number;
      size++;
      const x = p % width;
      const y = (p - x) / width;
      const next = [
        x > 0 ? p - 1 : -1,
        x + 1 < width ? p + 1 : -1,
        y > 0 ? p - width : -1,
        y + 1 < height ? p + width : -1,
      ];
      for (const q of next) {
        if (q >= 0 && bright[q] && label[q] === -1) {
          label[q] = id;
          stack.push(q);
        }
      }
    }
    if (size > bestSize) {
      bestSize = size;
      bestId = id;
    }
    id++;
  }
  if (bestSize < width * height * 0.25) return null;
  let tl: [number, number] = [0, 0];
  let tr: [number, number] = [0, 0];
  let br: [number, number] = [0, 0];
  let bl: [number, number] = [0, 0];
  let sTl = Infinity;
  let sTr = -Infinity;
  let sBr = -Infinity;
  let sBl = -Infinity;
  let touches = 0;
  for (let p = 0; p < label.length; p++) {
    if (label[p] !== bestId) continue;
    const x = p % width;
    const y = (p - x) / width;
    if (x + y < sTl) {
      sTl = x + y;
      tl = [x, y];
    }
    if (x - y > sTr) {
      sTr = x - y;
      tr = [x, y];
    }
    if (x + y > sBr) {
      sBr = x + y;
      br = [x, y];
    }
    if (y - x > sBl) {
      sBl = y - x;
      bl = [x, y];
    }
    if (x === 0 || y === 0 || x === width - 1 || y === height - 1) touches++;
  }
  // A sheet touching the frame along much of its border is a scan (or a photo cropped to the page).
  if (touches > (width + height) * 0.5) return null;
  return [tl, tr, br, bl];
}

const dist = (a: [number, number], b: [number, number]): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

function readPgm(buf: Buffer): GrayImage | null {
  const read = readPnm(buf);
  return read?.kind === 'gray' ? read.image : null;
}

/**
 * Cleans an uploaded page image into `out` (PPM, colour): perspective and contrast corrected when
 * it is a photo, small images enlarged to scan resolution. Returns whether it was a photo.
 */
export async function flattenPhoto(
  input: string,
  out: string,
  o: { bin: string; timeoutMs: number; signal?: AbortSignal },
): Promise<boolean> {
  const deadline = Date.now() + o.timeoutMs;
  const left = (): number => Math.max(1, deadline - Date.now());
  const info = (await runBinary(o.bin, [input, '-auto-orient', '-format', '%w %h', 'info:'], {
    timeoutMs: left(),
    signal: o.signal,
  })) as string;
  const [fullW, fullH] = info.trim().split(/\s+/).map(Number) as [number, number];
  const pgm = (await runBinary(
    o.bin,
    [input, '-auto-orient', '-channel', 'R', '-separate', '+channel', '-resize', '400x400', '-depth', '8', 'pgm:-'],
    { timeoutMs: left(), signal: o.signal, encoding: 'buffer' },
  )) as Buffer;
  const small = readPgm(pgm);
  const quad = small ? findPaper(small) : null;
  const args = [input, '-auto-orient'];
  if (quad && small) {
    const k = fullW / small.width;
    const q = quad.map(([x, y]) => [x * k, y * k] as [number, number]) as Quad;
    const w = Math.round(Math.max(dist(q[0], q[1]), dist(q[3], q[2])));
    const h = Math.round(Math.max(dist(q[0], q[3]), dist(q[1], q[2])));
    const target: Array<[number, number]> = [
      [0, 0],
      [w, 0],
      [w, h],
      [0, h],
    ];
    const pairs = q
      .map((p, i) => `${p[0].toFixed(1)},${p[1].toFixed(1)} ${target[i]?.[0]},${target[i]?.[1]}`)
      .join(' ');
    args.push('-define', `distort:viewport=${w}x${h}+0+0`, '-distort', 'Perspective', pairs, '+repage');
    // Uneven light is left to tesseract's adaptive (Sauvola) binarisation; here only the contrast.
    args.push('-normalize');
    if (w < 2000) args.push('-resize', '2480x');
  } else if (fullW < 1600 && fullH < 2300) {
    args.push('-resize', '200%');
  }
  // In colour, as a PPM: the red seal is taken out in the process (seal.ts), by its measured red.
  args.push('-depth', '8', `ppm:${out}`);
  await runBinary(o.bin, args, { timeoutMs: left(), signal: o.signal });
  return quad !== null;
}
