/**
 * One page through the OCR: rendered from its PDF (pdftoppm) or taken as an uploaded image (a
 * photo straightened and evenly lit by ImageMagick), its pixels brought into the process as a
 * PGM/PPM, a seal over the text removed (seal.ts), recognised with word boxes (tesseract TSV) —
 * again at a smaller size when large type was read with doubts, its doubtful numbers read again —
 * and laid out as text lines with their words' confidence.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { layoutPage, type LayoutLine } from './layout.js';
import { readPageNumber } from './page-number.js';
import { flattenPhoto } from './photo.js';
import { readPnm, writePgm } from './pnm.js';
import { findPageRulings, type GrayImage } from './rulings.js';
import { numberSlots, rereadNumbers } from './reread.js';
import { readingScale, shrinkGray } from './scale.js';
import { removeGraySeal, removeSeal } from './seal.js';
import { findTables } from './table.js';
import { ProcessFailure, runBinary } from './run.js';
import { deskewWords, measureSkew, parseTsv } from './words.js';

/** Where the OCR binaries are. */
export interface OcrBinaries {
  tesseract: string;
  pdftoppm: string;
  convert: string;
}

/** The page to read: a page of a PDF, or an image file. */
export type PageInput = { pdf: string; page: number; color: boolean } | { image: string };

/** A recognised page. */
export interface PageText {
  lines: LayoutLine[];
  /** Mean word confidence, 0–100. */
  confidence: number;
  /** The page number printed on the page (top or bottom margin), when one was found. */
  printedNumber: number | null;
  /** Whether the page opens a document (national motto or a type word near the top). */
  opensDocument: boolean;
  /** Whether it was corrected as a photo. */
  photo: boolean;
}

/** Options of one page's recognition. */
export interface PageOptions {
  dpi: number;
  deadline: number;
  signal?: AbortSignal;
  bin: OcrBinaries;
}

const left = (o: PageOptions): number => {
  const ms = o.deadline - Date.now();
  if (ms <= 0) throw new ProcessFailure('ocr', 'timeout', 'page deadline passed');
  return ms;
};

/** The gray page in `file` (PGM) for tesseract, and its pixels for the ruling search. */
interface Prepared {
  file: string;
  gray: GrayImage;
  photo: boolean;
}

/** Writes the gray page next to the render, a seal removed first (seal.ts): a red one in colour, a gray one in gray. */
async function toGray(pnm: Uint8Array, dir: string): Promise<GrayImage> {
  const read = readPnm(pnm);
  if (!read) throw new ProcessFailure('ocr', 'failed', 'page image unreadable');
  const gray = read.kind === 'rgb' ? removeSeal(read.image) : removeGraySeal(read.image);
  await writeFile(join(dir, 'clean.pgm'), writePgm(gray));
  return gray;
}

/** Renders or cleans the page into `dir`: the gray PGM tesseract will read, and its pixels. */
async function prepare(input: PageInput, dir: string, o: PageOptions): Promise<Prepared> {
  const file = join(dir, 'clean.pgm');
  if ('pdf' in input) {
    const base = join(dir, 'render');
    await runBinary(
      o.bin.pdftoppm,
      [
        '-r',
        String(o.dpi),
        ...(input.color ? [] : ['-gray']),
        '-singlefile',
        '-f',
        String(input.page),
        '-l',
        String(input.page),
        input.pdf,
        base,
      ],
      { timeoutMs: left(o), signal: o.signal },
    );
    const rendered = `${base}.${input.color ? 'ppm' : 'pgm'}`;
    if (!existsSync(rendered)) throw new ProcessFailure('pdftoppm', 'failed', 'page not rendered');
    return { file, gray: await toGray(await readFile(rendered), dir), photo: false };
  }
  const colour = join(dir, 'flat.ppm');
  const photo = await flattenPhoto(input.image, colour, { bin: o.bin.convert, timeoutMs: left(o), signal: o.signal });
  return { file, gray: await toGray(await readFile(colour), dir), photo };
}

/** Words the recogniser doubts: letters read with a confidence under 60. */
const doubtful = (words: Array<{ text: string; conf: number }>): number =>
  words.filter((w) => w.conf < 60 && /\p{L}{2}/u.test(w.text)).length;

/** Reads one page. Throws ProcessFailure (timeout, missing binary, failure). */
export async function recognisePage(input: PageInput, dir: string, o: PageOptions): Promise<PageText> {
  const prepared = await prepare(input, dir, o);
  const { photo } = prepared;
  // A photo's light falls off across the sheet: Sauvola's local thresholds instead of one global Otsu.
  const binarise = photo ? ['-c', 'thresholding_method=2'] : [];
  // A PGM carries no resolution: the render's, or an A4 sheet's width for an image.
  const baseDpi = 'pdf' in input ? o.dpi : Math.max(70, Math.round(prepared.gray.width / 8.27));
  const read = async (file: string, dpi: number) =>
    parseTsv(
      (await runBinary(
        o.bin.tesseract,
        [file, 'stdout', '-l', 'vie', '--psm', '3', '--dpi', String(dpi), ...binarise, 'tsv'],
        {
          timeoutMs: left(o),
          signal: o.signal,
        },
      )) as string,
    );
  let gray = prepared.gray;
  let { words, width, height } = await read(prepared.file, baseDpi);
  // Large type misread (doubtful words on a page of widely spaced lines) is read again at the size
  // the recogniser reads best (scale.ts), and the surer of the two readings is kept.
  const scale = readingScale(gray);
  if (scale < 0.9 && doubtful(words) >= 3) {
    const small = shrinkGray(gray, scale);
    const file = join(dir, 'small.pgm');
    await writeFile(file, writePgm(small));
    const again = await read(file, Math.round(baseDpi * scale));
    if (doubtful(again.words) < doubtful(words)) {
      gray = small;
      ({ words, width, height } = again);
    }
  }
  const skew = measureSkew(words);
  let straight = deskewWords(words, skew, width, height);
  // The recognised page and the raster are the same pixels, so the word boxes fit the rulings.
  const same = gray.width === width && gray.height === height;
  const rulings = same ? findPageRulings(gray, skew) : { vertical: [], horizontal: [] };
  if (same) {
    const heights = straight.filter((w) => w.text.length >= 2).map((w) => w.y1 - w.y0);
    const lineHeight = heights.sort((a, b) => a - b)[Math.floor(heights.length / 2)] ?? 40;
    const firstColumns = findTables(rulings.vertical, rulings.horizontal, lineHeight).map((t) => ({
      x0: t.columns[0] ?? 0,
      x1: t.columns[1] ?? 0,
      y0: t.y0,
      y1: t.y1,
    }));
    const slots = numberSlots(straight, firstColumns);
    if (slots.length > 0) {
      const reread = await rereadNumbers(words, gray, slots, {
        tesseract: o.bin.tesseract,
        dir,
        timeoutMs: () => left(o),
        signal: o.signal,
      });
      straight = straight.map((w, i) => ({ ...w, text: reread[i]?.text ?? w.text, conf: reread[i]?.conf ?? w.conf }));
    }
  }
  const lines = layoutPage(straight, rulings);
  const confs = straight.map((w) => w.conf).filter((c) => c >= 0);
  return {
    lines,
    confidence: confs.length ? confs.reduce((s, c) => s + c, 0) / confs.length : 0,
    printedNumber: readPageNumber(straight, height),
    opensDocument: lines
      .slice(0, 12)
      .some((l) => /CỘNG\s*H[OÒ]A|Độc\s*lập|^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUYẾT ĐỊNH)$/u.test(l.text.split('\t')[0] ?? '')),
    photo,
  };
}
