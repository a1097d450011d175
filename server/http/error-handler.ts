import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, ERROR_STATUS, type ErrorCode } from './app-error.js';

/** The one JSON shape of every error answer. */
export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown; requestId?: string } };

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
};

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn / The request body is too large',
  UNSUPPORTED_MEDIA_TYPE: 'Kiểu dữ liệu không được hỗ trợ / Unsupported content type',
  MALFORMED_JSON: 'Dữ liệu JSON không hợp lệ / Malformed JSON',
  VALIDATION_FAILED: 'Dữ liệu không hợp lệ / Invalid input',
  NOT_FOUND: 'Không tìm thấy / Not found',
  INTERNAL: 'Lỗi hệ thống; vui lòng thử lại / Internal error; please retry',
};

/** Turns every failure into `{ error: { code, message } }` with the status its code maps to. */
export function installErrorHandler(app: FastifyInstance, options: { serveSpaFrom?: boolean } = {}): void {
  app.setErrorHandler((error: FastifyError | AppError | ZodError, request, reply) => {
    let code: ErrorCode;
    let message: string;
    let details: unknown;
    if (error instanceof AppError) {
      code = error.code;
      message = error.message;
      details = error.details;
    } else if (error instanceof ZodError) {
      code = 'VALIDATION_FAILED';
      message = MESSAGES.VALIDATION_FAILED!;
      details = error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message }));
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      code = 'VALIDATION_FAILED';
      message = MESSAGES.VALIDATION_FAILED!;
      details = error.validation.slice(0, 20).map((v) => ({ path: v.instancePath, message: v.message }));
    } else if ('code' in error && error.code && FASTIFY_CODES[error.code]) {
      code = FASTIFY_CODES[error.code]!;
      message = MESSAGES[code]!;
    } else if (error instanceof SyntaxError || (error as FastifyError).statusCode === 400) {
      code = 'MALFORMED_JSON';
      message = MESSAGES.MALFORMED_JSON!;
    } else {
      code = 'INTERNAL';
      message = MESSAGES.INTERNAL!;
      request.log.error({ err: error }, 'unhandled error');
    }
    const body: ErrorBody = { error: { code, message, ...(details === undefined ? {} : { details }), requestId: request.id } };
    return reply.status(ERROR_STATUS[code]).send(body);
  });
  // Unknown API paths answer in the error shape; with the web app served, other GETs get its
  // index.html so deep links (/plans/3) work in the browser.
  app.setNotFoundHandler((request, reply) => {
    if (options.serveSpaFrom && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    const body: ErrorBody = { error: { code: 'NOT_FOUND', message: MESSAGES.NOT_FOUND!, requestId: request.id } };
    return reply.status(404).send(body);
  });
}
