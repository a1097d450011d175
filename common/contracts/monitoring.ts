import { z } from 'zod';
import { DOCX_TYPE, endpoint } from './endpoint.js';
import { Abilities, Id, IsoDate, Timestamp } from './primitives.js';
import {
  Tone,
  DigestKind,
  SourceView,
  NewSourceBody,
  StoryView,
  ArticleQuery,
  ArticleDetail,
  StoreResultView,
  AlertView,
  DigestView,
} from './monitoring-views.js';

export * from './monitoring-views.js';

const tags = ['monitoring'];

export const listSources = endpoint({
  method: 'GET',
  path: '/api/monitoring/sources',
  summary: 'Nguồn tin và tình trạng / Press sources and their health',
  tags,
  response: z.object({ sources: z.array(SourceView), abilities: Abilities }),
});

export const createSource = endpoint({
  method: 'POST',
  path: '/api/monitoring/sources',
  summary: 'Thêm nguồn tin (RSS/Atom, sitemap tin, một trang) / Add a feed, news sitemap or page',
  tags,
  status: 201,
  body: NewSourceBody,
  response: z.object({ source: SourceView }),
});

export const pollSourceNow = endpoint({
  method: 'POST',
  path: '/api/monitoring/sources/:id/poll',
  summary: 'Tải nguồn tin ngay / Poll a source now',
  tags,
  params: z.object({ id: Id }),
  response: StoreResultView,
});

export const pasteArticle = endpoint({
  method: 'POST',
  path: '/api/monitoring/articles/pasted',
  summary: 'Nhập một tin bằng cách dán nội dung / Add an article by pasting its text',
  tags,
  status: 201,
  body: z.object({
    outlet: z.string().trim().min(2).max(200),
    title: z.string().trim().min(2).max(500),
    body: z.string().trim().min(2).max(200_000),
    url: z.url({ protocol: /^https?$/ }).optional(),
    publishedAt: z.iso.datetime({ offset: true }).optional(),
  }),
  response: StoreResultView.extend({
    /** The pasted article as analysed (or the one already stored at its URL), with the story it repeats. */
    article: z
      .object({
        id: z.number(),
        title: z.string(),
        relevant: z.boolean(),
        score: z.number(),
        tone: Tone.nullable(),
        topics: z.array(z.string()),
        flags: z.array(z.string()),
        alreadyStored: z.boolean(),
        duplicateOf: z.object({ id: z.number(), title: z.string(), outlet: z.string() }).nullable(),
      })
      .nullable(),
  }),
});

const CsvBody = z.object({ outlet: z.string().trim().min(2).max(200), csv: z.string().min(1).max(5_000_000) });

/** A wrong cell of a CSV file: line (the header is line 1), the column's header, and what is wrong. */
export const CsvProblem = z.object({
  line: z.number(),
  column: z.string(),
  problem: z.enum(['empty-text', 'bad-time', 'no-text-column']),
});

export const previewCsv = endpoint({
  method: 'POST',
  path: '/api/monitoring/articles/csv/preview',
  summary: 'Xem trước tệp CSV: cột nhận ra, các dòng đầu, dòng lỗi / Preview a CSV: columns, first rows, wrong lines',
  tags,
  body: CsvBody,
  response: z.object({
    columns: z.array(z.object({ field: z.string(), header: z.string().nullable() })),
    total: z.number(),
    valid: z.number(),
    rows: z.array(
      z.object({
        line: z.number(),
        ok: z.boolean(),
        author: z.string().nullable(),
        publishedAt: Timestamp.nullable(),
        text: z.string(),
        reactions: z.number(),
        url: z.string().nullable(),
      }),
    ),
    problems: z.array(CsvProblem),
    moreProblems: z.number(),
  }),
});

export const importCsv = endpoint({
  method: 'POST',
  path: '/api/monitoring/articles/csv',
  summary: 'Nhập bài đăng, bình luận mạng xã hội từ CSV / Import social-media posts and comments from CSV',
  tags,
  status: 201,
  /** skipInvalid: store the good lines of a file with wrong ones (otherwise the file is refused). */
  body: CsvBody.extend({ skipInvalid: z.boolean().optional() }),
  response: StoreResultView.extend({ invalid: z.number() }),
});

export const listArticles = endpoint({
  method: 'GET',
  path: '/api/monitoring/articles',
  summary: 'Tìm tin, bài (có hoặc không dấu) / Search stories, with or without diacritics',
  tags,
  query: ArticleQuery,
  response: z.object({
    stories: z.array(StoryView),
    total: z.number(),
    /** More stories match than were counted (`total` is then the cap). */
    totalCapped: z.boolean(),
    /** No story has the words: these are the stories whose titles resemble them (a misspelling). */
    approximate: z.boolean(),
    page: z.number(),
    abilities: Abilities,
  }),
});

export const getArticle = endpoint({
  method: 'GET',
  path: '/api/monitoring/articles/:id',
  summary: 'Một tin với lý do phân tích / One article with the analysis and its reasons',
  tags,
  params: z.object({ id: Id }),
  response: z.object({ article: ArticleDetail }),
});

export const getStats = endpoint({
  method: 'GET',
  path: '/api/monitoring/stats',
  summary: 'Mức độ quan tâm theo thời gian, chủ đề, sắc thái, cơ quan báo chí / Attention over time',
  tags,
  query: z.object({ from: IsoDate, to: IsoDate }),
  response: z.object({
    byDay: z.array(z.object({ day: IsoDate, positive: z.number(), neutral: z.number(), negative: z.number() })),
    byTopic: z.array(z.object({ topic: z.string(), count: z.number() })),
    byOutlet: z.array(z.object({ outlet: z.string(), count: z.number() })),
  }),
});

export const listAlerts = endpoint({
  method: 'GET',
  path: '/api/monitoring/alerts',
  summary: 'Cảnh báo theo dõi báo chí / Press-monitoring alerts',
  tags,
  response: z.object({ alerts: z.array(AlertView), abilities: Abilities }),
});

export const handleAlert = endpoint({
  method: 'POST',
  path: '/api/monitoring/alerts/:id/handled',
  summary: 'Đánh dấu đã xử lý cảnh báo / Mark an alert handled',
  tags,
  params: z.object({ id: Id }),
  response: z.object({ alert: AlertView }),
});

export const getProfile = endpoint({
  method: 'GET',
  path: '/api/monitoring/profile',
  summary: 'Hồ sơ tỉnh dùng để nhận diện tin / The province profile used for relevance',
  tags,
  response: z.object({ data: z.unknown(), version: z.number(), edited: z.boolean(), abilities: Abilities }),
});

export const saveProfile = endpoint({
  method: 'PUT',
  path: '/api/monitoring/profile',
  summary: 'Sửa hồ sơ tỉnh / Edit the province profile',
  tags,
  body: z.object({ data: z.record(z.string(), z.unknown()), version: z.number().int().min(0) }),
  response: z.object({ version: z.number() }),
});

export const previewDigest = endpoint({
  method: 'GET',
  path: '/api/monitoring/digests/preview',
  summary: 'Bản điểm tin dự kiến của một kỳ / The draft digest of a period',
  tags,
  query: z.object({ kind: DigestKind, date: IsoDate.optional() }),
  response: z.object({ digest: DigestView, abilities: Abilities }),
});

export const issueDigest = endpoint({
  method: 'POST',
  path: '/api/monitoring/digests',
  summary: 'Phát hành bản điểm tin (chọn và sắp xếp tin) / Issue a digest with the chosen stories in order',
  tags,
  status: 201,
  body: z.object({
    kind: DigestKind,
    date: IsoDate,
    articleIds: z.array(z.number().int().positive()).max(500).optional(),
  }),
  response: z.object({ digest: DigestView }),
});

export const listDigests = endpoint({
  method: 'GET',
  path: '/api/monitoring/digests',
  summary: 'Các bản điểm tin đã phát hành / Issued digests',
  tags,
  response: z.object({
    digests: z.array(
      z.object({
        id: z.number(),
        kind: DigestKind,
        periodStart: IsoDate,
        periodEnd: IsoDate,
        issuedAt: Timestamp,
        items: z.number(),
      }),
    ),
  }),
});

export const getDigest = endpoint({
  method: 'GET',
  path: '/api/monitoring/digests/:id',
  summary: 'Một bản điểm tin đã phát hành / One issued digest',
  tags,
  params: z.object({ id: Id }),
  response: z.object({ digest: DigestView }),
});

export const downloadDigestDocx = endpoint({
  method: 'GET',
  path: '/api/monitoring/digests/:id/digest.docx',
  summary: 'Bản điểm tin (Word, NĐ 30/2020) / The digest as DOCX',
  tags,
  params: z.object({ id: Id }),
  response: { file: [DOCX_TYPE] },
});

/** The filters a saved search keeps: the article list's query without its page. */
export const SavedSearchQuery = ArticleQuery.omit({ page: true });
export const SavedSearchView = z.object({
  id: z.number(),
  name: z.string(),
  query: SavedSearchQuery,
  createdAt: Timestamp,
});
export type SavedSearchView = z.infer<typeof SavedSearchView>;

export const listSavedSearches = endpoint({
  method: 'GET',
  path: '/api/monitoring/saved-searches',
  summary: 'Các tìm kiếm đã lưu / My saved searches',
  tags,
  response: z.object({ searches: z.array(SavedSearchView) }),
});

export const saveSearch = endpoint({
  method: 'POST',
  path: '/api/monitoring/saved-searches',
  summary: 'Lưu một tìm kiếm (từ khoá và bộ lọc) / Save a search with its filters',
  tags,
  status: 201,
  body: z.object({ name: z.string().trim().min(1).max(100), query: SavedSearchQuery }),
  response: z.object({ search: SavedSearchView }),
});

export const deleteSavedSearch = endpoint({
  method: 'DELETE',
  path: '/api/monitoring/saved-searches/:id',
  summary: 'Xóa một tìm kiếm đã lưu / Delete a saved search',
  tags,
  params: z.object({ id: Id }),
  response: z.object({ removed: z.number() }),
});

/** RSS's media type, as the demo feeds are served. */
export const RSS_TYPE = 'application/rss+xml';

export const demoFeed = endpoint({
  method: 'GET',
  path: '/api/monitoring/demo-feeds/:slug',
  summary: 'Nguồn RSS mẫu của bản demo (chỉ khi đã nạp demo) / A demo outlet’s RSS feed (demo data only)',
  tags,
  auth: 'public',
  params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) }),
  response: { file: [RSS_TYPE] },
});
