// One id per request: in every log line (pino's `reqId`), the X-Request-Id response header and
// every problem body, so an error a client reports can be found in the log. A caller's
// X-Request-Id is kept when it is 1–128 visible ASCII characters (a trace that spans services);
// anything else is replaced, never echoed: no control characters or spaces in a header or a log
// field, and no unbounded ids.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
export const REQUEST_ID_PATTERN = /^[\x21-\x7e]{1,128}$/;

/** The caller's id when it is acceptable (a repeated header arrives joined by ", ", so it is not), else a new one. */
export function requestIdOf(request: Pick<IncomingMessage, 'headers'> | undefined): string {
  const sent = request?.headers[REQUEST_ID_HEADER];
  return typeof sent === 'string' && REQUEST_ID_PATTERN.test(sent) ? sent : randomUUID();
}
