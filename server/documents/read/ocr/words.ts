/**
 * Tesseract's TSV output as word boxes, and the page's skew measured from them: the words of each
 * recognised line lie on one baseline, so the median slope of those baselines is the skew.
 */

/** One recognised word, in page pixels; `line` identifies tesseract's own line (block.par.line). */
export interface OcrWord {
  text: string;
  conf: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  line: string;
}

/** Parses `tesseract … tsv` output into words (level-5 rows with text). */
export function parseTsv(tsv: string): { words: OcrWord[]; width: number; height: number } {
  const words: OcrWord[] = [];
  let width = 0;
  let height = 0;
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c.length < 12) continue;
    const level = Number(c[0]);
    if (level === 1) {
      width = Number(c[8]);
      height = Number(c[9]);
    }
    if (level !== 5) continue;
    const text = (c.slice(11).join('\t') ?? '').trim().normalize('NFC');
    if (text === '') continue;
    const x0 = Number(c[6]);
    const y0 = Number(c[7]);
    words.push({
      text,
      conf: Number(c[10]),
      x0,
      y0,
      x1: x0 + Number(c[8]),
      y1: y0 + Number(c[9]),
      line: `${c[2]}.${c[3]}.${c[4]}`,
    });
  }
  return { words, width, height };
}

/** The skew of the text lines in radians (positive: lines fall to the right), 0 when unknown. */
export function measureSkew(words: OcrWord[]): number {
  const byLine = new Map<string, OcrWord[]>();
  for (const w of words) {
    const list = byLine.get(w.line) ?? [];
    list.push(w);
    byLine.set(w.line, list);
  }
  const slopes: number[] = [];
  for (const list of byLine.values()) {
    if (list.length < 4) continue;
    // Baselines: the bottom of words without descenders is the most stable point; use the median
    // bottom of the left half against the right half.
    const sorted = [...list].sort((a, b) => a.x0 - b.x0);
    const half = Math.floor(sorted.length / 2);
    const left = sorted.slice(0, half);
    const right = sorted.slice(half);
    const mid = (ws: OcrWord[]): { x: number; y: number } => {
      const ys = ws.map((w) => w.y1).sort((a, b) => a - b);
      const xs = ws.map((w) => (w.x0 + w.x1) / 2);
      return { x: xs.reduce((s, v) => s + v, 0) / xs.length, y: ys[Math.floor(ys.length / 2)] ?? 0 };
    };
    const a = mid(left);
    const b = mid(right);
    if (b.x - a.x < 200) continue;
    slopes.push((b.y - a.y) / (b.x - a.x));
  }
  if (slopes.length < 3) return 0;
  slopes.sort((a, b) => a - b);
  const s = slopes[Math.floor(slopes.length / 2)] ?? 0;
  return Math.abs(s) > 0.15 ? 0 : Math.atan(s);
}

/** Rotates word boxes by -skew around the page centre, so that text lines become horizontal. */
export function deskewWords(words: OcrWord[], skew: number, width: number, height: number): OcrWord[] {
  if (skew === 0) return words;
  const cos = Math.cos(skew);
  const sin = Math.sin(skew);
  const cx = width / 2;
  const cy = height / 2;
  return words.map((w) => {
    const mx = (w.x0 + w.x1) / 2 - cx;
    const my = (w.y0 + w.y1) / 2 - cy;
    const nx = mx * cos + my * sin + cx;
    const ny = -mx * sin + my * cos + cy;
    const hw = (w.x1 - w.x0) / 2;
    const hh = (w.y1 - w.y0) / 2;
    return { ...w, x0: nx - hw, x1: nx + hw, y0: ny - hh, y1: ny + hh };
  });
}
