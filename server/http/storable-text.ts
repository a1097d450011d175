import type { FastifyInstance } from 'fastify';
import { AppError } from '../../common/errors.js';

// NUL cannot be stored in a PostgreSQL text column, and a lone surrogate is not Unicode: both would
// reach the database and fail there as a 500. Other control characters are stored as they are (a
// Word document's manual line break is a vertical tab).
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly the character refused
const NOT_STORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string inside `value` that cannot be stored, or null. */
export function findUnstorableText(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return NOT_STORABLE.test(value) ? path || '/' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], `${path}/${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = findUnstorableText(key, `${path}/${key}`) ?? findUnstorableText(inner, `${path}/${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** Refuses, with 400 before any handler runs, a request whose parameters, query or JSON body hold such text. */
export function refuseUnstorableText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = {
      params: request.params,
      query: request.query,
      body: Buffer.isBuffer(request.body) ? null : request.body,
    };
    for (const [part, value] of Object.entries(parts)) {
      const path = findUnstorableText(value);
      if (path) throw new AppError('VALIDATION_FAILED').with([{ path: `${part}${path}`, message: 'text.notStorable' }]);
    }
  });
}
