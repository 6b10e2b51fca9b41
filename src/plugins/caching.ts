// The one place successful reads are finished for caches: a strong ETag over the exact bytes
// sent (so an author or image change embedded in an article changes it too), 304 for a
// matching If-None-Match, and Cache-Control by audience: public content may be cached by
// CDNs; anything read with a token is private and never stored.
//
// Revalidation without recomputation: the ETag of each public URL is remembered with the
// outbox sequence it was computed at. Every content change writes an event in its own
// transaction, so while the last sequence is unchanged (and no scheduled article has come
// due unannounced) the public representation is unchanged, and a matching If-None-Match is
// answered 304 before any route runs. Only validators are kept, never bodies, and only for
// max-age: representations that change with time alone (the news sitemap's two-day window,
// rightsExpired) are recomputed at least that often, as a cache honouring max-age would.
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
  interface FastifyRequest {
    /** The outbox sequence when a public GET started; null when its ETag must not be remembered. */
    contentSeq: number | null;
  }
}

const MAX_VALIDATORS = 50_000;

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
    app.decorateRequest('contentSeq', null);

    const validators = new Map<string, { etag: string; seq: number; until: number }>();
    let state = { seq: -1, dueAt: null as string | null };
    /** The last change, and whether a scheduled article is due but not yet announced. */
    function contentState(): { seq: number; settled: boolean } {
      const seq = app.ctx.repos.events.lastSeq();
      if (seq !== state.seq) state = { seq, dueAt: app.ctx.repos.events.nextUnannouncedAt() };
      return { seq, settled: state.dueAt === null || state.dueAt > app.ctx.now() };
    }

    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' || request.viewer.actor) return;
      const current = contentState();
      if (!current.settled) return;
      request.contentSeq = current.seq;
      const known = validators.get(request.url);
      if (known && known.seq === current.seq && known.until > Date.now() && matchesIfNoneMatch(request.headers['if-none-match'], known.etag)) {
        return reply.code(304).headers({ etag: known.etag, vary: 'Authorization', 'cache-control': publicPolicy }).send();
      }
    });

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
      if (request.contentSeq !== null && typeof payload === 'string') {
        if (validators.size >= MAX_VALIDATORS) validators.clear();
        validators.set(request.url, { etag, seq: request.contentSeq, until: Date.now() + options.maxAgeSeconds * 1000 });
      }
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
