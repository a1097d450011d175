/**
 * From fetched text to raw articles: RSS/RDF/Atom/JSON Feed entries (feedsmith), news sitemaps,
 * and single pages (@mozilla/readability over linkedom). Everything comes out as NFC plain text.
 */
import { Readability } from '@mozilla/readability';
import { parseFeed } from 'feedsmith';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { AppError } from '../../../../common/errors.js';

/** One article as a source gives it, before analysis. */
export type RawArticle = {
  /** What identifies it within its source (feed guid, URL, CSV post id). */
  key: string;
  url: string | null;
  title: string;
  body: string;
  author: string | null;
  /** ISO date-time, or null when the source gives none or an unreadable one. */
  publishedAt: string | null;
  language: string | null;
  /** The entry or page as received, kept as evidence. */
  evidence: string;
};

const nfc = (text: string) => text.normalize('NFC');

/** Whitespace as `\s` and `trim` know it (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A run of whitespace without a line break, its runs of spaces, tabs and no-break spaces as one space. */
function squashRun(text: string, from: number, to: number): string {
  let out = '';
  let blank = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) blank = true;
    else {
      if (blank) out += ' ';
      blank = false;
      out += text[i];
    }
  }
  return blank ? `${out} ` : out;
}

// Plain text with runs of spaces, tabs and no-break spaces as one space, any run of whitespace
// that holds a line break as that one line break, trimmed, NFC: exactly what
// `.replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim()` gave, in one pass that copies
// only what changes (the second regex was retried at every space: half the cost of reading a feed).
function squash(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  let out = '';
  let copied = start;
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    let lineBreak = c === 10;
    while (isSpace(text.charCodeAt(j))) {
      if (text.charCodeAt(j) === 10) lineBreak = true;
      j++;
    }
    // A single space or line break stays as it is (nearly every run of a feed's text).
    if (j - i > 1 || (c !== 32 && c !== 10)) {
      out += text.slice(copied, i) + (lineBreak ? '\n' : squashRun(text, i, j));
      copied = j;
    }
    i = j;
  }
  return nfc(copied === start ? text.slice(start, end) : out + text.slice(copied, end));
}

const SKIPPED = new Set(['script', 'style', 'noscript']);
const BREAKS_AFTER = new Set(['p', 'br', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'tr']);

/**
 * Plain text of an HTML fragment, paragraphs kept as line breaks: the text of the body without
 * scripts, styles and noscript, a line break after each block. Read by htmlparser2's event parser
 * (the parser linkedom builds its documents with) without building a document: a feed of 500 items
 * spent a fifth of its ingest building DOMs only to read their text.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return squash(html);
  let text = '';
  let skipped = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipped++;
      },
      ontext(data) {
        if (skipped === 0) text += data;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipped--;
        else if (skipped === 0 && BREAKS_AFTER.has(name)) text += '\n';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return squash(text);
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value) return textOf((value as { value: unknown }).value);
  return '';
}

function isoOrNull(value: unknown): string | null {
  const text = textOf(value).trim();
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

type Entry = Record<string, unknown>;

function entryLink(entry: Entry): string | null {
  if (typeof entry.link === 'string') return entry.link;
  if (typeof entry.url === 'string') return entry.url;
  const links = entry.links as Array<{ href?: string; rel?: string }> | undefined;
  const alternate = links?.find((l) => !l.rel || l.rel === 'alternate') ?? links?.[0];
  return alternate?.href ?? null;
}

function entryAuthor(entry: Entry): string | null {
  const dc = entry.dc as { creators?: string[]; creator?: string } | undefined;
  const authors = entry.authors as Array<{ name?: string } | string> | undefined;
  const first = dc?.creators?.[0] ?? dc?.creator ?? authors?.[0];
  const name = typeof first === 'string' ? first : first?.name;
  return name ? squash(name) : null;
}

/** The entries of an RSS, RDF, Atom or JSON feed; a document that is none of these is MONITOR_FEED_INVALID. */
export function parseFeedText(text: string, url: string): { title: string | null; items: RawArticle[] } {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (error) {
    throw new AppError('MONITOR_FEED_INVALID', { url, detail: (error as Error).message });
  }
  const feed = parsed.feed as Entry;
  const entries = ((feed.items ?? feed.entries ?? []) as Entry[]).filter(Boolean);
  const language = typeof feed.language === 'string' ? feed.language.slice(0, 2).toLowerCase() : null;
  const items: RawArticle[] = [];
  for (const entry of entries) {
    const link = entryLink(entry);
    const content = entry.content as { encoded?: string } | string | undefined;
    const html =
      (typeof content === 'object' && content && 'encoded' in content ? content.encoded : textOf(content)) ||
      textOf(entry.content_html ?? entry.content_text) ||
      textOf(entry.description ?? entry.summary);
    const title = squash(htmlToText(textOf(entry.title)));
    const guid = textOf(entry.guid ?? entry.id);
    const key = nfc(guid || link || title);
    if (!key || !title) continue; // an entry with neither title nor identity cannot be told apart
    items.push({
      key,
      url: link ? new URL(link, url).toString() : null,
      title,
      body: htmlToText(html ?? ''),
      author: entryAuthor(entry),
      publishedAt: isoOrNull(entry.pubDate ?? entry.published ?? entry.date_published ?? entry.updated),
      language,
      evidence: JSON.stringify(entry),
    });
  }
  return { title: textOf(feed.title) || null, items };
}

/** The article URLs of a (news) sitemap with what the sitemap says of them. */
export function parseNewsSitemap(
  text: string,
  url: string,
): Array<{ url: string; title: string | null; publishedAt: string | null }> {
  if (!/<urlset[\s>]/i.test(text))
    throw new AppError('MONITOR_FEED_INVALID', { url, detail: 'không có <urlset> / no <urlset>' });
  const out: Array<{ url: string; title: string | null; publishedAt: string | null }> = [];
  const decode = (s: string) =>
    s
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .trim();
  for (const block of text.match(/<url>[\s\S]*?<\/url>/gi) ?? []) {
    const loc = /<loc>([\s\S]*?)<\/loc>/i.exec(block)?.[1];
    if (!loc) continue;
    const title = /<news:title>([\s\S]*?)<\/news:title>/i.exec(block)?.[1];
    const date =
      /<news:publication_date>([\s\S]*?)<\/news:publication_date>/i.exec(block)?.[1] ??
      /<lastmod>([\s\S]*?)<\/lastmod>/i.exec(block)?.[1];
    out.push({
      url: decode(loc),
      title: title ? nfc(decode(title)) : null,
      publishedAt: date ? isoOrNull(decode(date)) : null,
    });
  }
  return out;
}

/** The article in an HTML page: Readability's main text, with the page's canonical URL, date and author. */
export function extractPage(html: string, url: string): RawArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[itemprop="datePublished"]');
  const lang = document.documentElement?.getAttribute('lang');
  // Readability changes the document it reads; the meta tags are read above first.
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const title = squash(article?.title || document.querySelector('title')?.textContent || '');
  const body = article?.content ? htmlToText(article.content) : squash(article?.textContent ?? '');
  if (!title && !body)
    throw new AppError('MONITOR_FEED_INVALID', { url, detail: 'trang không có nội dung / no article text' });
  const finalUrl = canonical ? new URL(canonical, url).toString() : url;
  return {
    key: finalUrl,
    url: finalUrl,
    title: title || body.slice(0, 120),
    body,
    author: article?.byline ? squash(article.byline) : meta('meta[name="author"]'),
    publishedAt: isoOrNull(published ?? article?.publishedTime ?? ''),
    language: lang ? lang.slice(0, 2).toLowerCase() : null,
    evidence: html,
  };
}
