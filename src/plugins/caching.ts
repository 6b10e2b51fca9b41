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
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import xxhash from 'xxhash-wasm';
import { versionPrefix } from '../lib/preconditions.js';
import { addVary } from '../lib/vary.js';

export type CachingOptions = { maxAgeSeconds: number; staleWhileRevalidateSeconds: number };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route answers one URL in the language Accept-Language picks (and says Vary: it). */
    variesByLanguage?: boolean;
  }
  interface FastifyReply {
    /** Set by routes that return one versioned resource: its ETag then names the version (If-Match). */
    resourceVersion: number | null;
  }
  interface FastifyRequest {
    /** The outbox sequence when a public GET started; null when its ETag must not be remembered. */
    contentSeq: number | null;
  }
  interface FastifyInstance {
    /** What a public 200 answered before Fastify's pipeline needs (plugins/direct-reads.ts). */
    caching: PublicCaching;
  }
}

export type PublicCaching = {
  /** Cache-Control of a public answer. */
  publicPolicy: string;
  /** The sequence to remember a public answer's ETag under, read when the request starts (as
   *  the onRequest hook does); null when it must not be remembered. */
  startSeq: () => number | null;
  /** Remembers a public answer's ETag for 304s while the content sequence stays `seq`. */
  remember: (representation: string, etag: string, seq: number | null) => void;
  /** The remembered ETag `ifNoneMatch` matches, if nothing changed since it was remembered (the
   *  current state read first, as for the pipeline's 304s from memory). */
  notModified: (representation: string, ifNoneMatch: string) => Promise<string | undefined>;
};

const MAX_VALIDATORS = 50_000;

/** What a remembered ETag is the ETag of: the URL, and the request header the route's answer
 *  varies by (a representation per Accept-Language). */
export const representation = (
  url: string,
  variesByLanguage: boolean | undefined,
  acceptLanguage: string | undefined,
) => (variesByLanguage ? JSON.stringify([url, acceptLanguage ?? null]) : url);
const representationOf = (request: FastifyRequest): string =>
  representation(request.url, request.routeOptions.config.variesByLanguage, request.headers['accept-language']);

// The ETag's hash is xxHash64 (WebAssembly), not SHA-1: it only has to tell one URL's
// representations apart, and nothing is gained by forging one (a client can only fool its own
// cache; If-Match reads the version, not the hash), and SHA-1 cost a read several times more
// (the figures are in the README's Decisions).
const { h64, h64Raw } = await xxhash();

export const strongEtag = (payload: string | Buffer, version: number | null): string =>
  `"${version === null ? '' : versionPrefix(version)}${(typeof payload === 'string' ? h64(payload) : h64Raw(payload)).toString(36)}"`;

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
    let state = { stamp: '', seq: -1, dueAt: null as string | null };
    /** Reads the last change, and when the next scheduled article is due, if anything was
     *  committed since the last look (the engine's change stamp says). */
    async function refresh(): Promise<void> {
      const stamp = await app.ctx.engine.changeStamp();
      if (stamp === state.stamp) return;
      const [seq, dueAt] = await Promise.all([
        app.ctx.repos.events.lastSeq(),
        app.ctx.repos.scheduling.nextUnannouncedAt(),
      ]);
      state = { stamp, seq, dueAt };
    }
    /** Whether no scheduled article has come due unannounced since: the last change says it all. */
    const settled = () => state.dueAt === null || state.dueAt > app.ctx.now();
    function remember(key: string, etag: string, seq: number | null): void {
      if (seq === null) return;
      if (validators.size >= MAX_VALIDATORS) validators.clear();
      validators.set(key, { etag, seq, until: Date.now() + options.maxAgeSeconds * 1000 });
    }
    /** The ETag remembered for `key` when it still names the current content (as last read) and
     *  `ifNoneMatch` matches it. */
    function unchanged(key: string, ifNoneMatch: string | undefined): string | undefined {
      if (!settled()) return undefined;
      const known = validators.get(key);
      if (
        !known ||
        known.seq !== state.seq ||
        known.until <= Date.now() ||
        !matchesIfNoneMatch(ifNoneMatch, known.etag)
      )
        return undefined;
      return known.etag;
    }
    app.decorate('caching', {
      publicPolicy,
      startSeq: () => (settled() ? state.seq : null),
      remember,
      notModified: async (key: string, ifNoneMatch: string) => {
        await refresh();
        return unchanged(key, ifNoneMatch);
      },
    });

    function answerFromMemory(request: FastifyRequest, reply: FastifyReply): boolean {
      if (!settled()) return false;
      request.contentSeq = state.seq;
      const etag = unchanged(representationOf(request), request.headers['if-none-match']);
      if (etag === undefined) return false;
      addVary(reply, 'Authorization');
      if (request.routeOptions.config.variesByLanguage) addVary(reply, 'Accept-Language');
      reply.code(304).headers({ etag, 'cache-control': publicPolicy }).send();
      return true;
    }

    // Callback-style hooks, not async ones: these run on every request, and a promise per hook
    // costs measurable time on the hot read paths.
    app.addHook('onRequest', (request, reply, done) => {
      if (request.method !== 'GET' || request.viewer.actor) return done();
      // Only a conditional request can be answered from memory, so only it pays for reading the
      // current state. Any other request remembers its ETag under the last state read, which is
      // never newer than the truth: a later conditional request reads the truth, finds a newer
      // sequence and recomputes.
      if (request.headers['if-none-match'] === undefined) {
        if (settled()) request.contentSeq = state.seq;
        return done();
      }
      refresh().then(() => {
        if (!answerFromMemory(request, reply)) done();
      }, done);
    });

    app.addHook('onSend', (request, reply, payload, done) => done(null, finish(request, reply, payload)));

    function finish(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        // A write answering with the resource tells the client which version it now holds.
        if (reply.resourceVersion !== null && reply.statusCode < 300 && typeof payload === 'string')
          reply.header('etag', strongEtag(payload, reply.resourceVersion));
        return payload;
      }
      addVary(reply, 'Authorization');
      if (reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) {
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
        return payload;
      }
      const etag = strongEtag(payload, reply.resourceVersion);
      reply.header('etag', etag);
      if (request.contentSeq !== null) remember(representationOf(request), etag, request.contentSeq);
      if (!reply.hasHeader('cache-control'))
        reply.header('cache-control', request.viewer.actor ? 'private, no-store' : publicPolicy);
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
        reply.code(304);
        reply.removeHeader('content-type');
        reply.removeHeader('content-length');
        return '';
      }
      return payload;
    }
  },
  { name: 'caching', dependencies: ['auth'] },
);
