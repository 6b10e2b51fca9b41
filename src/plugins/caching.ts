// The one place successful reads are finished for caches: a strong ETag over the exact bytes
// sent (so an author or image change embedded in an article changes it too), 304 for a
// matching If-None-Match, and Cache-Control by audience: public content may be cached by
// CDNs; anything read with a token is private and never stored.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { versionPrefix } from '../lib/preconditions.js';

export type CachingOptions = { maxAgeSeconds: number; staleWhileRevalidateSeconds: number };

declare module 'fastify' {
  interface FastifyReply {
    /** Set by routes that return one versioned resource: its ETag then names the version (If-Match). */
    resourceVersion: number | null;
  }
}

export const strongEtag = (payload: string | Buffer, version: number | null): string =>
  `"${version === null ? '' : versionPrefix(version)}${createHash('sha1').update(payload).digest('base64url')}"`;

/** If-None-Match may list several tags, or be `*`; weak tags compare weakly (RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

export default fp(
  async function cachingPlugin(app: FastifyInstance, options: CachingOptions) {
    const publicPolicy = `public, max-age=${options.maxAgeSeconds}, stale-while-revalidate=${options.staleWhileRevalidateSeconds}`;
    app.decorateReply('resourceVersion', null);
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        // A write answering with the resource tells the client which version it now holds.
        if (reply.resourceVersion !== null && reply.statusCode < 300 && typeof payload === 'string') reply.header('etag', strongEtag(payload, reply.resourceVersion));
        return payload;
      }
      reply.header('vary', 'Authorization');
      if (reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) {
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
        return payload;
      }
      const etag = strongEtag(payload, reply.resourceVersion);
      reply.header('etag', etag);
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', request.viewer.actor ? 'private, no-store' : publicPolicy);
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
        reply.code(304);
        reply.removeHeader('content-type');
        reply.removeHeader('content-length');
        return '';
      }
      return payload;
    });
  },
  { name: 'caching', dependencies: ['auth'] },
);
