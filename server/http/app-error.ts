/** Every error code the API can answer with, mapped to its HTTP status. The UI translates codes. */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  INVALID_DATE: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SESSION_EXPIRED: 401,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE_NAME: 409,
  SUCCESSION_CYCLE: 409,
  VERSION_CONFLICT: 409,
  ACCOUNT_LOCKED: 423,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  DOCUMENT_EMPTY: 422,
  DOCUMENT_UNREADABLE: 422,
  DOCUMENT_NOT_A_PLAN: 422,
  OCR_UNAVAILABLE: 422,
  RATE_LIMITED: 429,
  DATA_DIR_LOCKED: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A failure the caller can understand: a stable code, a message, optional details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
