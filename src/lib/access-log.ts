// Request logging: one access line per request, written when it ends (as nginx and Apache
// write theirs), with the request id, method, URL, client, status and time. Fastify's default is
// two lines per request (one when it arrives, one when it ends); the first says nothing the second
// does not, and a request that never ends is logged by what ended it (an error, a timeout, the
// shutdown). Fastify's own extension point (its LogController) keeps every other line as it was.
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

export class AccessLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
