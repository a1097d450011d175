/**
 * Ruling lines of bordered tables, found in a small binarised copy of the page: long vertical runs
 * of dark pixels are column borders, long horizontal runs are row borders. Official tables are
 * almost always bordered, and the borders are what a person reads the columns by.
 */

/** A grayscale raster, one byte per pixel, row-major. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A ruling line in the coordinates of the image it was found in. */
export interface Ruling {
  /** x of a vertical line, y of a horizontal one. */
  at: number;
  from: number;
  to: number;
}

/** Rotates a gray image by -angle (radians) around its centre, nearest neighbour, white outside. */
export function rotateGray(img: GrayImage, angle: number): GrayImage {
  if (angle === 0) return img;
  const { width, height, data } = img;
  const out = new Uint8Array(width * height).fill(255);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Inverse map: the source of a deskewed pixel is the pixel rotated by +angle.
      const dx = x - cx;
      const dy = y - cy;
      const sx = Math.round(dx * cos - dy * sin + cx);
      const sy = Math.round(dx * sin + dy * cos + cy);
      if (sx >= 0 && sy >= 0 && sx < width && sy < height) out[y * width + x] = data[sy * width + sx] ?? 255;
    }
  }
  return { width, height, data: out };
}

/** The gray level below which a pixel is ink: well under the paper's own level (dim photos, gray scans). */
export function inkThreshold(img: GrayImage): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of img.data) hist[v] = (hist[v] ?? 0) + 1;
  // Most of a page is paper: its level is the 60th percentile of the histogram.
  let seen = 0;
  let paper = 255;
  for (let v = 0; v < 256; v++) {
    seen += hist[v] ?? 0;
    if (seen >= img.data.length * 0.6) {
      paper = v;
      break;
    }
  }
  return Math.min(170, Math.round(paper * 0.7));
}

interface Piece {
  at: number;
  from: number;
  to: number;
}

interface Chain {
  firstAt: number;
  lastAt: number;
  sumAt: number;
  pieces: number;
  from: number;
  to: number;
  ink: number;
}

/**
 * Runs of ink along one direction: scan line `c` is ink at `a` when it or a neighbouring scan line
 * is (a line of one or two pixels wavers between rows), with gaps of `gap` pixels bridged.
 */
function pieces(
  along: number,
  across: number,
  ink: (a: number, c: number) => boolean,
  minPiece: number,
  gap: number,
): Piece[] {
  const out: Piece[] = [];
  for (let c = 0; c < across; c++) {
    let start = -1;
    let holes = 0;
    for (let a = 0; a <= along; a++) {
      const d = a < along && (ink(a, c) || (c > 0 && ink(a, c - 1)) || (c + 1 < across && ink(a, c + 1)));
      if (d) {
        if (start < 0) start = a;
        holes = 0;
      } else if (start >= 0 && ++holes > gap) {
        const end = a - holes;
        if (end - start >= minPiece) out.push({ at: c, from: start, to: end });
        start = -1;
        holes = 0;
      }
    }
  }
  return out;
}

/**
 * Pieces chained into lines: a piece continues a chain when it starts before the chain's end plus
 * `maxGap` (a border broken by the scanner) and within `drift` pixels of where the chain last was
 * (a line left slightly slanted by an imperfect deskew climbs one scan line every few hundred pixels).
 */
function chain(list: Piece[], maxGap: number, drift: number): Chain[] {
  const chains: Chain[] = [];
  const open: Chain[] = [];
  for (const p of [...list].sort((a, b) => a.from - b.from || a.at - b.at)) {
    let best: Chain | undefined;
    for (const c of open) {
      if (c.to + maxGap < p.from || Math.abs(c.lastAt - p.at) > drift) continue;
      if (!best || Math.abs(c.lastAt - p.at) < Math.abs(best.lastAt - p.at)) best = c;
    }
    if (best) {
      best.ink += Math.max(0, p.to - Math.max(p.from, best.to));
      if (p.to > best.to) {
        best.to = p.to;
        best.lastAt = p.at;
      }
      best.sumAt += p.at;
      best.pieces++;
    } else {
      const c = { firstAt: p.at, lastAt: p.at, sumAt: p.at, pieces: 1, from: p.from, to: p.to, ink: p.to - p.from };
      chains.push(c);
      open.push(c);
    }
  }
  return chains;
}

/** A thick line traced on several neighbouring scan lines is one ruling: the longest trace, at their mean. */
function dedupe(chains: Chain[], tolerance: number): Ruling[] {
  const sorted = [...chains].sort((a, b) => b.to - b.from - (a.to - a.from));
  const kept: Array<Ruling & { n: number }> = [];
  for (const c of sorted) {
    const at = c.sumAt / c.pieces;
    const same = kept.find(
      (k) =>
        Math.abs(k.at - at) <= tolerance &&
        Math.min(k.to, c.to) - Math.max(k.from, c.from) > 0.5 * Math.min(k.to - k.from, c.to - c.from),
    );
    if (same) {
      same.from = Math.min(same.from, c.from);
      same.to = Math.max(same.to, c.to);
      same.at = (same.at * same.n + at) / (same.n + 1);
      same.n++;
    } else kept.push({ at, from: c.from, to: c.to, n: 1 });
  }
  return kept.map(({ at, from, to }) => ({ at, from, to })).sort((a, b) => a.at - b.at || a.from - b.from);
}

function lines(
  along: number,
  across: number,
  ink: (a: number, c: number) => boolean,
  minLength: number,
  maxGap: number,
): Ruling[] {
  const found = pieces(along, across, ink, Math.max(6, Math.round(minLength / 5)), 2);
  // A chain of text strokes (letters one above the other) is mostly gaps; a ruling is mostly ink.
  const long = chain(found, maxGap, 2).filter((c) => c.to - c.from >= minLength && c.ink >= 0.75 * (c.to - c.from));
  // A stroke inside a word has ink close on both sides; a ruling stands alone but where text touches it.
  const alone = long.filter((c) => {
    let both = 0;
    let n = 0;
    for (let a = c.from; a <= c.to; a += 2) {
      const at = Math.round(c.firstAt + ((c.lastAt - c.firstAt) * (a - c.from)) / Math.max(1, c.to - c.from));
      n++;
      if (at - 4 >= 0 && at + 4 < across && ink(a, at - 4) && ink(a, at + 4)) both++;
    }
    return both <= 0.25 * n;
  });
  return dedupe(alone, 4);
}

/**
 * Vertical and horizontal ruling lines longer than the given lengths (pixels of `img`), found
 * whatever the resolution: the ink level is taken from the page, breaks up to 0.5 % of the page width
 * are bridged and a residual skew of about a degree is followed.
 */
export function findRulings(
  img: GrayImage,
  minVertical: number,
  minHorizontal: number,
): { vertical: Ruling[]; horizontal: Ruling[] } {
  const { width, height, data } = img;
  const t = inkThreshold(img);
  const maxGap = Math.max(4, Math.round(Math.min(width, height) / 200));
  return {
    vertical: lines(height, width, (y, x) => (data[y * width + x] ?? 255) < t, minVertical, maxGap),
    horizontal: lines(width, height, (x, y) => (data[y * width + x] ?? 255) < t, minHorizontal, maxGap),
  };
}

/** Halves an image keeping each 2×2 block's darkest pixel, so that a one-pixel border survives. */
export function halveDarkest(img: GrayImage): GrayImage {
  const width = Math.floor(img.width / 2);
  const height = Math.floor(img.height / 2);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const r0 = 2 * y * img.width;
    const r1 = r0 + img.width;
    for (let x = 0; x < width; x++) {
      const c = 2 * x;
      data[y * width + x] = Math.min(
        img.data[r0 + c] ?? 255,
        img.data[r0 + c + 1] ?? 255,
        img.data[r1 + c] ?? 255,
        img.data[r1 + c + 1] ?? 255,
      );
    }
  }
  return { width, height, data };
}

/**
 * The ruling lines of a whole page in its own pixels, at any resolution: a page wider than 2000
 * pixels (300 dpi) is searched at half size, after turning it by the text's skew.
 */
export function findPageRulings(page: GrayImage, skew: number): { vertical: Ruling[]; horizontal: Ruling[] } {
  const scale = page.width > 2000 ? 2 : 1;
  const small = rotateGray(scale === 2 ? halveDarkest(page) : page, skew);
  const found = findRulings(small, Math.round(small.height * 0.025), Math.round(small.width * 0.2));
  const up = (r: Ruling): Ruling => ({ at: r.at * scale, from: r.from * scale, to: r.to * scale });
  return { vertical: found.vertical.map(up), horizontal: found.horizontal.map(up) };
}
