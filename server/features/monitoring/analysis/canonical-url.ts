/**
 * One spelling per article address, so that the same page reached through a share link, the
 * mobile or AMP site, or with a trailing slash counts once (Media Cloud's first dedup step).
 */

const TRACKING_PREFIXES = ['utm_', 'vn_', 'itm_', 'mc_', 'pk_', 'hsa_', '_hs', 'ga_'];
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'twclid',
  'ttclid',
  '_ga',
  '_gl',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'zarsrc',
  'gidzl',
  'zalo_source',
  'cmpid',
  'ito',
  'share',
  'amp',
  'outputtype',
  'spm',
  'sharetype',
  'from',
]);
// Host prefixes of the mobile, AMP and WAP editions of a site.
const EDITION_PREFIX = /^(?:www\d*|m|mobile|amp|wap)\./;

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

function cleanPath(path: string): string {
  let segments = path.split('/').filter((s) => s !== '');
  // AMP editions: /amp/…, …/amp, …/amp.html, …-amp.html, …/x.amp.html
  if (segments[0]?.toLowerCase() === 'amp') segments = segments.slice(1);
  if (segments[segments.length - 1]?.toLowerCase() === 'amp') segments = segments.slice(0, -1);
  const last = segments[segments.length - 1];
  if (last) {
    let cleaned = last.replace(/\.amp(?=\.html?$)/i, '').replace(/[-_]amp(?=\.html?$)/i, '');
    if (/^index\.(html?|php|aspx?)$/i.test(cleaned)) {
      segments = segments.slice(0, -1);
      cleaned = '';
    }
    if (cleaned) segments[segments.length - 1] = cleaned;
  }
  const joined = segments
    .map((s) => {
      try {
        return encodeURIComponent(decodeURIComponent(s)).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
      } catch {
        return s;
      }
    })
    .join('/');
  return `/${joined}`;
}

/**
 * The canonical form of an article URL: https, lower-case host without www/m/amp, no AMP path
 * marks, no tracking parameters (utm_*, fbclid, Zalo's zarsrc…), remaining parameters sorted, no
 * fragment, no trailing slash. Returns null for something that is not an http(s) URL.
 */
export function canonicalizeUrl(input: string | undefined | null): string | null {
  if (!input) return null;
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '').replace(EDITION_PREFIX, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !isTracking(name))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = cleanPath(url.pathname);
  return `https://${host}${port}${path === '/' ? '' : path}${query}`;
}
