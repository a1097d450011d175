import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** A syllable ending in oa/oe/uy (not after "q") with its mark on the second vowel: hoà, khoá, huỷ, Uỷ. */
const MODERN = /(?<![qQ])(?:[oO][àáảãạ]|[oO][èéẻẽẹ]|[uU][ỳýỷỹỵ])(?![\p{L}])/gu;

/** The same syllable end in the traditional placement: the mark moves to the first vowel ("oà" → "òa"). */
function traditional(pair: string): string {
  const [first, second] = [...pair.normalize('NFD').replace(/\p{M}/gu, '')];
  const mark = pair.normalize('NFD').match(/\p{M}/u)![0];
  return `${first}${mark}${second}`.normalize('NFC');
}

/** Source files whose texts can reach a user: server code (letters, e-mails, documents, CLI) and the web app. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test(-support)?\.ts$|\.test\.tsx$/.test(entry.name) ? [path] : [];
  });
}

// The readers of documents must recognise both placements in what they read; they write nothing.
const READERS = ['server/documents/read/', 'server/documents/plan-parser/'];

describe('one tone-placement style in every text the system writes', () => {
  it('maps a modern ending to the traditional one', () => {
    expect(traditional('oà')).toBe('òa');
    expect(traditional('uỷ')).toBe('ủy');
    expect(traditional('Uỷ')).toBe('Ủy');
  });

  it('no server or web source writes hoà, khoá, huỷ or Uỷ, except beside the traditional form it also accepts', () => {
    const offenders: string[] = [];
    for (const file of [...sources(join(REPO, 'server')), ...sources(join(REPO, 'web/src'))]) {
      const name = relative(REPO, file);
      if (READERS.some((reader) => name.startsWith(reader))) continue;
      for (const [index, raw] of readFileSync(file, 'utf8').split('\n').entries()) {
        const line = raw.normalize('NFC');
        if (/^\s*(\*|\/\/|\/\*)/.test(line)) continue; // comments reach nobody
        for (const match of line.matchAll(MODERN)) {
          // A pattern that accepts both spellings (/^(Ủy|Uỷ) ban/, "khóa|khoá") writes nothing.
          const stem = /\p{L}*$/u.exec(line.slice(0, match.index))![0];
          if (!line.includes(stem + traditional(match[0])))
            offenders.push(`${name}:${index + 1}: ${stem}${match[0]} — ${line.trim().slice(0, 80)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
