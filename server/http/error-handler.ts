import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import {
  AppError,
  ERROR_STATUS,
  type ErrorBody,
  type ErrorCode,
  isAppError,
  type PlainErrorCode,
} from '../../common/errors.js';
import { errorMessage, type Language } from '../../common/i18n/translate.js';

const FASTIFY_CODES: Record<string, PlainErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
};

/** The reader's language for messages: English only when the client asks for it first. */
export function requestLanguage(request: FastifyRequest): Language {
  return /^\s*en\b/i.test(String(request.headers['accept-language'] ?? '')) ? 'en' : 'vi';
}

/** The error body of a code, with its message in the request's language. */
export function errorBody(
  request: FastifyRequest,
  code: ErrorCode,
  params: Record<string, unknown> = {},
  details?: unknown,
): ErrorBody {
  const message = errorMessage(requestLanguage(request), code, params as never);
  return {
    error: { code, params, message, ...(details === undefined ? {} : { details }), requestId: request.id },
  };
}

/**
 * Input the database itself refuses, whichever route let it through: a NUL or invalid character in
 * text (22021, 22P05) is the caller's 400; a value too large to index (54000) is a 413. Found by
 * the contract fuzzer (fuzz.db.test.ts); routes should refuse such input earlier, this is the net.
 */
const DATABASE_INPUT_CODES: Record<string, PlainErrorCode> = {
  '22021': 'NON_STORABLE_TEXT',
  '22P05': 'NON_STORABLE_TEXT',
  '54000': 'PAYLOAD_TOO_LARGE',
};

function databaseCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string' && e.code in DATABASE_INPUT_CODES) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/** Turns any failure into `{ error: { code, params, message } }` with the status its code maps to. */
function toAppError(error: unknown, request: FastifyRequest): AppError {
  if (isAppError(error)) return error;
  if (error instanceof ZodError) {
    return new AppError('VALIDATION_FAILED').with(
      error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    return new AppError('VALIDATION_FAILED').with(
      fastifyError.validation.slice(0, 20).map((v) => ({ path: v.instancePath, message: v.message })),
    );
  }
  if (fastifyError.code && FASTIFY_CODES[fastifyError.code]) return new AppError(FASTIFY_CODES[fastifyError.code]!);
  const refused = databaseCode(error);
  if (refused) return new AppError(DATABASE_INPUT_CODES[refused]!);
  if (error instanceof SyntaxError || fastifyError.statusCode === 400) return new AppError('MALFORMED_JSON');
  // A response that does not match its declared contract is our bug, never the caller's.
  if (isResponseSerializationError(fastifyError))
    request.log.error({ err: error }, 'response does not match its contract');
  else request.log.error({ err: error }, 'unhandled error');
  return new AppError('INTERNAL');
}

/** Installs the one error handler and the one not-found handler of the API. */
export function installErrorHandler(app: FastifyInstance, options: { serveSpaFrom?: boolean } = {}): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error, request);
    return reply
      .status(ERROR_STATUS[appError.code])
      .send(errorBody(request, appError.code, appError.params as Record<string, unknown>, appError.details));
  });
  // Unknown API paths answer in the error shape; with the web app served, other GETs get its
  // index.html so deep links (/plans/3) work in the browser.
  app.setNotFoundHandler((request, reply) => {
    // A missing /assets/ file stays a 404: answering index.html there would be cached as a script.
    if (
      options.serveSpaFrom &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/assets/')
    ) {
      return reply.sendFile('index.html');
    }
    return reply.status(404).send(errorBody(request, 'ROUTE_NOT_FOUND'));
  });
}
