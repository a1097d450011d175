/**
 * A small HTML→text for mammoth's output. Paragraphs become lines; task tables (3+ columns) become
 * one tab-separated line per row, so the parser sees TT | Nội dung | … as cells; layout tables
 * (header, signature: 1–2 columns) become their cells' lines, cell after cell.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Text lines of an HTML fragment without tables: one line per block element. */
function blockText(html: string): string[] {
  return decode(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(?:p|h[1-6]|li|div)>/gi, '\n')
      .replace(/<li[^>]*>/gi, '- ')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l !== '');
}

/** Converts mammoth HTML to text lines (tables handled as described above). */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let rest = html;
  // Tables are not nested in plans in practice; a nested one is flattened by the cell regex.
  for (;;) {
    const start = rest.search(/<table[\s>]/i);
    if (start < 0) break;
    const end = rest.indexOf('</table>', start);
    if (end < 0) break;
    out.push(...blockText(rest.slice(0, start)));
    const table = rest.slice(start, end);
    const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((r) =>
      [...(r[1] ?? '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => blockText(c[1] ?? '')),
    );
    const columns = Math.max(0, ...rows.map((r) => r.length));
    for (const row of rows) {
      if (columns >= 3) out.push(row.map((cell) => cell.join(' ')).join('\t'));
      else for (const cell of row) out.push(...cell);
    }
    rest = rest.slice(end + '</table>'.length);
  }
  out.push(...blockText(rest));
  return out.join('\n');
}
