// The one catalogue of errors Newsdesk answers with. Codes are stable API: clients switch on
// `code`, humans read `title` and `detail`. Every error leaves as application/problem+json.

export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, title: 'Your request is not valid' },
  MALFORMED_JSON: { status: 400, title: 'The request body is not valid JSON' },
  INVALID_CURSOR: { status: 400, title: 'The cursor is not valid' },
  UNAUTHENTICATED: { status: 401, title: 'A valid bearer token is required' },
  FORBIDDEN: { status: 403, title: 'Your role does not allow this' },
  ROUTE_NOT_FOUND: { status: 404, title: 'No such endpoint' },
  ARTICLE_NOT_FOUND: { status: 404, title: 'Article not found' },
  AUTHOR_NOT_FOUND: { status: 404, title: 'Author not found' },
  IMAGE_NOT_FOUND: { status: 404, title: 'Image not found' },
  RELATED_LINK_NOT_FOUND: { status: 404, title: 'Related link not found' },
  TOKEN_NOT_FOUND: { status: 404, title: 'Token not found' },
  USER_NOT_FOUND: { status: 404, title: 'User not found' },
  REVISION_NOT_FOUND: { status: 404, title: 'Revision not found' },
  MEDIA_NOT_FOUND: { status: 404, title: 'Media file not found' },
  WEBHOOK_NOT_FOUND: { status: 404, title: 'Webhook not found' },
  DELIVERY_NOT_FOUND: { status: 404, title: 'Delivery not found' },
  SYNONYM_NOT_FOUND: { status: 404, title: 'Synonym group not found' },
  TAG_NOT_FOUND: { status: 404, title: 'Tag not found' },
  SECTION_NOT_FOUND: { status: 404, title: 'Section not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  NOT_ACCEPTABLE: { status: 406, title: 'Not acceptable' },
  REQUEST_TIMEOUT: { status: 408, title: 'The request took too long to arrive' },
  SLUG_TAKEN: { status: 409, title: 'The slug is already taken' },
  TRANSLATION_EXISTS: { status: 409, title: 'The story already has a version in this locale' },
  NOT_A_TRANSLATION: { status: 409, title: 'The article is not a translation' },
  EMAIL_TAKEN: { status: 409, title: 'Another user has this email address' },
  STILL_REFERENCED: { status: 409, title: 'The resource is still in use' },
  LAST_ADMIN: { status: 409, title: 'The newsroom would be left without an active admin' },
  PRECONDITION_FAILED: { status: 412, title: 'The resource has changed since you read it' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'The Idempotency-Key was used for a different request' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  IMAGE_TOO_LARGE: { status: 413, title: 'The image is too large to process' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported content type' },
  UNSUPPORTED_IMAGE: { status: 415, title: 'The file is not an image in an accepted format' },
  RANGE_NOT_SATISFIABLE: { status: 416, title: 'The requested range is not satisfiable' },
  EXPECTATION_FAILED: { status: 417, title: 'The Expect header asks for something this server does not do' },
  INVALID_IMAGE: { status: 422, title: 'The image is truncated or corrupt' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  HEADERS_TOO_LARGE: { status: 431, title: 'The request line or headers are too large' },
  REQUEST_REFUSED: { status: 400, title: 'The request was refused' },
  INTERNAL: { status: 500, title: 'Internal server error' },
  INSUFFICIENT_STORAGE: { status: 507, title: 'The server is out of storage: reads go on, writes wait for room' },
  UNAVAILABLE: { status: 503, title: 'Service unavailable' },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

export type FieldError = { path: string; message: string };

export type Referrer = { type: 'article' | 'author' | 'relatedLink'; id: string; slug?: string | undefined };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  readonly referrers: Referrer[] | undefined;
  /** Response headers that belong to the problem (Retry-After on a 503, Connection: close). */
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    detail?: string,
    extra: {
      errors?: FieldError[];
      referrers?: Referrer[];
      headers?: Record<string, string>;
      cause?: unknown;
      /** Only for REQUEST_REFUSED, which carries the status a plugin answered with. */
      status?: number;
    } = {},
  ) {
    super(detail ?? errorCatalogue[code].title, { cause: extra.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = code === 'REQUEST_REFUSED' && extra.status ? extra.status : errorCatalogue[code].status;
    this.errors = extra.errors;
    this.referrers = extra.referrers;
    this.headers = extra.headers;
  }
}

/** A 400 naming each bad field, for rules Zod cannot see (e.g. an author id that does not exist). */
export function invalidFields(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', errors.map((error) => `${error.path}: ${error.message}`).join('; '), {
    errors,
  });
}

export const invalidField = (path: string, message: string): AppError => invalidFields([{ path, message }]);

/** Throws the 400 when any field is bad. */
export function checkFields(errors: FieldError[]): void {
  if (errors.length > 0) throw invalidFields(errors);
}

/** The problem `type` URI for a code: stable, and the same in the OpenAPI document. */
export function problemType(code: ErrorCode): string {
  return `urn:newsdesk:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}
