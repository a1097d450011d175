import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Endpoint } from '../../common/contracts/endpoint.js';
import { AppError } from '../../common/errors.js';
import { megabytes } from '../../common/limits.js';

/** An uploaded file, read whole once it is known to be within its limit. */
export type UploadedFile = { filename: string; bytes: Uint8Array };

// Text fields of an upload form are short (a name, a few ids).
const FIELD_LIMITS = { fields: 10, fieldSize: 4096, parts: 12, headerPairs: 50 };

/** Accepts multipart/form-data in a route's own scope; nothing is read until the handler asks. */
export async function acceptMultipart(scope: FastifyInstance): Promise<void> {
  await scope.register(fastifyMultipart, { throwFileSizeLimit: true });
}

function failureOf(error: unknown, filename: string, maxBytes: number): unknown {
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('UPLOAD_TOO_LARGE', { filename, maxMb: megabytes(maxBytes) });
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_PROTO_VIOLATION':
      return new AppError('VALIDATION_FAILED');
    default:
      return error;
  }
}

/**
 * Reads an upload endpoint's request as it streams in: the text fields (checked against the
 * contract's body) and the one file part, stopped with UPLOAD_TOO_LARGE as soon as it passes the
 * contract's `upload.maxBytes` — before anything is stored. Runs after authentication (onRequest).
 */
export async function readUpload<E extends Endpoint>(
  request: FastifyRequest,
  endpoint: E,
): Promise<{ fields: z.output<NonNullable<E['body']>>; file: UploadedFile }> {
  const maxBytes = endpoint.upload!.maxBytes;
  const fields: Record<string, string> = {};
  let file: UploadedFile | null = null;
  let current = '';
  try {
    for await (const part of request.parts({ limits: { ...FIELD_LIMITS, files: 1, fileSize: maxBytes } })) {
      if (part.type === 'field') {
        if (part.fieldname !== 'file' && typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      current = part.filename;
      const bytes = new Uint8Array(await part.toBuffer());
      if (part.fieldname === 'file') file = { filename: part.filename, bytes };
    }
  } catch (error) {
    throw failureOf(error, current, maxBytes);
  }
  if (!file) throw new AppError('UPLOAD_WITHOUT_FILE');
  const parsed = (endpoint.body ? endpoint.body.parse(fields) : {}) as { filename?: string };
  return {
    fields: parsed as z.output<NonNullable<E['body']>>,
    file: { filename: parsed.filename ?? file.filename, bytes: file.bytes },
  };
}
