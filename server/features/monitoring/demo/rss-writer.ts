/** An article to write into a feed. */
export type FeedArticle = { id: string; url: string; publishedAt: string; title: string; body: string };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 document of articles (body as HTML paragraphs in content:encoded). */
export function rssOf(title: string, articles: FeedArticle[], encoding = 'utf-8'): string {
  const items = articles
    .map(
      (a) => `<item><title>${escapeXml(a.title)}</title><link>${escapeXml(a.url)}</link><guid>${a.id}</guid>
<pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>
<content:encoded><![CDATA[${a.body
        .split('\n')
        .filter(Boolean)
        .map((p) => `<p>${p}</p>`)
        .join('')}]]></content:encoded></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escapeXml(title)}</title><language>vi</language>
${items}
</channel></rss>`;
}
