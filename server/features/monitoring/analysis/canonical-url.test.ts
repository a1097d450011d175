import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from './canonical-url.js';

describe('canonicalizeUrl', () => {
  const canonical = 'https://vnexpress.net/lu-quet-o-hoang-su-phi-4944512.html';

  it('drops tracking parameters, fragments and the http/https difference', () => {
    expect(canonicalizeUrl(`${canonical}?utm_source=facebook&utm_medium=social#comments`)).toBe(canonical);
    expect(canonicalizeUrl('http://vnexpress.net/lu-quet-o-hoang-su-phi-4944512.html?fbclid=IwAR0x')).toBe(canonical);
    expect(canonicalizeUrl(`${canonical}?zarsrc=30&gidzl=abc`)).toBe(canonical);
  });

  it('maps mobile, AMP and www hosts and AMP paths onto the page itself', () => {
    expect(canonicalizeUrl('https://m.vnexpress.net/lu-quet-o-hoang-su-phi-4944512.html')).toBe(canonical);
    expect(canonicalizeUrl('https://amp.vnexpress.net/lu-quet-o-hoang-su-phi-4944512.html')).toBe(canonical);
    expect(canonicalizeUrl('https://www.vnexpress.net/amp/lu-quet-o-hoang-su-phi-4944512.html')).toBe(canonical);
    expect(canonicalizeUrl('https://vnexpress.net/lu-quet-o-hoang-su-phi-4944512.amp.html')).toBe(canonical);
    expect(canonicalizeUrl('https://dantri.com.vn/xa-hoi/bai-viet.htm/amp')).toBe(
      'https://dantri.com.vn/xa-hoi/bai-viet.htm',
    );
  });

  it('removes trailing slashes and index pages, keeps meaningful parameters in a fixed order', () => {
    expect(canonicalizeUrl('https://baotuyenquang.com.vn/du-lich/')).toBe('https://baotuyenquang.com.vn/du-lich');
    expect(canonicalizeUrl('https://baotuyenquang.com.vn/index.html')).toBe('https://baotuyenquang.com.vn');
    expect(canonicalizeUrl('https://example.vn/tin?b=2&id=7&a=1&utm_campaign=x')).toBe(
      'https://example.vn/tin?a=1&b=2&id=7',
    );
    expect(canonicalizeUrl('https://EXAMPLE.vn:443/Tin')).toBe('https://example.vn/Tin');
  });

  it('treats percent-encoded and plain paths alike', () => {
    expect(canonicalizeUrl('https://example.vn/tin-t%E1%BB%A9c')).toBe(canonicalizeUrl('https://example.vn/tin-tức'));
  });

  it('returns null for what is not an http(s) address', () => {
    expect(canonicalizeUrl('')).toBeNull();
    expect(canonicalizeUrl('not a url')).toBeNull();
    expect(canonicalizeUrl('mailto:toasoan@baotuyenquang.com.vn')).toBeNull();
    expect(canonicalizeUrl(undefined)).toBeNull();
  });
});
