// The one place errors become responses: application/problem+json (RFC 9457) with a stable
// code. 4xx are logged at warn; 5xx at error, and their bodies never carry internals.
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, type ErrorCode, errorCatalogue, type FieldError, problemType } from '../lib/errors.js';
import { REQUEST_ID_HEADER, requestIdOf } from '../lib/request-id.js';
import { securityHeaders } from './edges.js';

type ValidationIssue = { instancePath?: string; message?: string; keyword?: string; params?: Record<string, unknown> };

function fieldErrors(issues: ValidationIssue[], context: string | undefined): FieldError[] {
  return issues.flatMap((issue) => {
    const base = (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const keys =
      issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params?.keys)
        ? (issue.params.keys as string[])
        : undefined;
    if (keys)
      return keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: 'is not a field you can send here' }));
    return [
      {
        path: base || (context === 'body' ? '(body)' : `(${context ?? 'request'})`),
        message: issue.message ?? 'is invalid',
      },
    ];
  });
}

/** Maps framework errors (parsing, limits, validation) into the catalogue. */
function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const errors = fieldErrors(error.validation as ValidationIssue[], error.validationContext);
    return new AppError('VALIDATION_FAILED', errors.map((entry) => `${entry.path}: ${entry.message}`).join('; '), {
      errors,
    });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(
        'MALFORMED_JSON',
        error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'The body is empty but the content type says JSON'
          : 'The body could not be parsed as JSON',
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body exceeds the size limit');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json')
        : new AppError('VALIDATION_FAILED', 'The Content-Length header does not match the body');
  }
  if (error instanceof SyntaxError && error.statusCode === 400)
    return new AppError('MALFORMED_JSON', 'The body could not be parsed as JSON');
  if (outOfStorage(error))
    return new AppError(
      'INSUFFICIENT_STORAGE',
      'The server has no room to store this change; nothing was changed. Retry later',
      {
        cause: error,
        headers: { 'retry-after': '60' },
      },
    );
  const status = error.statusCode ?? 500;
  if (status === 429) return new AppError('RATE_LIMITED', error.message);
  // A 4xx no code of ours names (from a plugin): its status, under a code of its own, never
  // another error's.
  if (status >= 400 && status < 500) return new AppError('REQUEST_REFUSED', error.message, { status });
  return new AppError('INTERNAL', 'Something went wrong on our side; it has been logged', { cause: error });
}

/** A full disk, as each layer says it: SQLite, PostgreSQL (disk_full), or the file system. */
function outOfStorage(error: unknown): boolean {
  for (
    let at = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    at && depth < 5;
    at = at.cause as typeof at, depth++
  ) {
    if (at.code === 'SQLITE_FULL' || at.code === '53100' || at.code === 'ENOSPC') return true;
  }
  return false;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: AppError): FastifyReply {
  // A problem is not the representation a validator set earlier (a file's, before its range was refused) names.
  reply.removeHeader('etag');
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .header('cache-control', 'no-store')
    .header(REQUEST_ID_HEADER, request.id)
    .serializer(JSON.stringify)
    .send({
      type: problemType(problem.code),
      title: errorCatalogue[problem.code].title,
      status: problem.status,
      detail: problem.message,
      code: problem.code,
      // The path alone: a query string may hold what must not be echoed (an access_token=).
      instance: request.url.split('?')[0],
      requestId: request.id,
      ...(problem.errors ? { errors: problem.errors } : {}),
      ...(problem.referrers ? { referrers: problem.referrers } : {}),
    });
}

/**
 * What Fastify's router refuses before there is a route to run (a percent-escape in the path that
 * does not decode, a path parameter over maxParamLength) is a problem+json 400 like any bad input,
 * instead of Fastify's default plain JSON body. No hook has run yet, so the security headers are
 * added here.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const badUrl = error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const message =
    error.code === 'FST_ERR_BAD_URL'
      ? 'has a percent-escape that does not decode'
      : 'has a path segment that is too long';
  const problem = badUrl
    ? new AppError('VALIDATION_FAILED', `The URL ${message}`, { errors: [{ path: '(url)', message }] })
    : new AppError('INTERNAL', 'Something went wrong on our side; it has been logged', { cause: error });
  if (badUrl) request.log.warn({ code: problem.code, detail: problem.message }, 'request rejected');
  else request.log.error({ err: error }, 'request failed');
  reply.headers(securityHeaders);
  sendProblem(request, reply, problem);
}

/**
 * A problem answered before Fastify has a request: its status, every header, and the body. It is
 * logged here, as Fastify logs the requests it has, under the request id the answer carries.
 */
function earlyProblem(
  log: FastifyBaseLogger,
  requestId: string,
  code: ErrorCode,
  detail: string,
  errors?: FieldError[],
) {
  const { status, title } = errorCatalogue[code];
  log.warn({ reqId: requestId, code, detail }, 'request rejected before routing');
  const body = JSON.stringify({
    type: problemType(code),
    title,
    status,
    detail,
    code,
    requestId,
    ...(errors ? { errors } : {}),
  });
  const headers: Record<string, string> = {
    ...securityHeaders,
    'content-type': 'application/problem+json',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    [REQUEST_ID_HEADER]: requestId,
    connection: 'close',
  };
  return { status, headers, body };
}

const clientErrorCodes: Record<string, ErrorCode> = {
  HPE_HEADER_OVERFLOW: 'HEADERS_TOO_LARGE',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'PAYLOAD_TOO_LARGE',
  ERR_HTTP_REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
};

/**
 * What Node's HTTP parser refuses before there is a request for Fastify to route (a request line
 * plus headers over 16 KiB, a malformed request, one whose headers or body took longer than the
 * configured timeouts) is answered as problem+json with the security headers, instead of
 * Fastify's default plain JSON body; then the connection is closed.
 */
export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code = clientErrorCodes[error.code ?? ''] ?? 'VALIDATION_FAILED';
  // Node has parsed no request to read an X-Request-Id from: the id is a new one.
  const problem = earlyProblem(
    this.log,
    requestIdOf(undefined),
    code,
    code === 'VALIDATION_FAILED' ? 'The request is not well-formed HTTP' : errorCatalogue[code].title,
  );
  // As Node does: nothing is written into a response that has already begun (a 401 sent before
  // the body finished arriving, say).
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const head = Object.entries(problem.headers).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(`HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n${head.join('')}\r\n${problem.body}`);
  }
  socket.destroy(error);
}

/**
 * Node answers an `Expect` other than 100-continue itself, with an empty 417, unless the server
 * listens for 'checkExpectation': the listener this returns answers it as problem+json.
 */
export function expectationFailed(log: FastifyBaseLogger) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const message = `asks for '${request.headers.expect}'; only 100-continue is supported`;
    const problem = earlyProblem(log, requestIdOf(request), 'EXPECTATION_FAILED', `The Expect header ${message}`, [
      { path: 'expect', message },
    ]);
    response.writeHead(problem.status, problem.headers).end(problem.body);
  };
}

export default fp(
  async function errorsPlugin(app: FastifyInstance) {
    // First of all hooks, so every answer carries it: a 304 from the caches' memory, a refusal
    // by any later hook, a 404. (What the router refuses runs no hook: sendProblem sets it too.)
    app.addHook('onRequest', (request, reply, done) => {
      reply.header(REQUEST_ID_HEADER, request.id);
      done();
    });
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const problem = toAppError(error);
      if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.warn({ code: problem.code, detail: problem.message }, 'request rejected');
      const headers = problem.headers ?? (error as FastifyError & { headers?: Record<string, string> }).headers;
      if (headers) reply.headers(headers);
      return sendProblem(request, reply, problem);
    });
    app.setNotFoundHandler((request, reply) => {
      request.log.warn({ url: request.url }, 'no such route');
      return sendProblem(
        request,
        reply,
        new AppError(
          'ROUTE_NOT_FOUND',
          `${request.method} ${request.url.split('?')[0]} is not an endpoint of this API`,
        ),
      );
    });
  },
  { name: 'errors' },
);
