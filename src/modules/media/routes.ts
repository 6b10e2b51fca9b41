// GET /media/{sha256}.{ext}: uploaded files and their variants. A file's name is the hash of its
// bytes, so it never changes: cached for a year as immutable, with the hash as a strong ETag.
// Public by design: an unpublished draft's picture can be fetched by whoever knows its 256-bit
// hash, which cannot be guessed (the same model as unlisted links in Ghost or Strapi uploads).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { problemResponses } from '../../lib/http-schemas.js';
import {
  formatOfExtension,
  type ImageFormat,
  imageFormats,
  mediaExtensions,
  originalKey,
  type VariantWidth,
  variantFormats,
  variantWidths,
} from '../../lib/media-formats.js';
import { matchesIfNoneMatch } from '../../plugins/caching.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

const mediaParams = z.object({
  sha: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex')
    .meta({ description: 'The SHA-256 of the stored file.' }),
  ext: z.enum(mediaExtensions),
});

const variantQuery = z.strictObject({
  w: z
    .enum(variantWidths.map(String) as [string, ...string[]], { message: `must be one of ${variantWidths.join(', ')}` })
    .transform((value) => Number(value) as VariantWidth)
    .optional()
    .meta({ description: "Width of the variant in pixels (never more than the original's)." }),
  format: z
    .enum(variantFormats, { message: `must be one of ${variantFormats.join(', ')}` })
    .optional()
    .meta({ description: "Convert the variant to this format; the original's format by default." }),
});

// One schema object per media type: the OpenAPI conversion does not expect to meet one twice.
const imageContent = () =>
  Object.fromEntries(
    Object.values(imageFormats).map(({ mimeType }) => [mimeType, { schema: z.string().meta({ format: 'binary' }) }]),
  );

type ByteRange = { start: number; end: number };

/**
 * One `bytes=` range (RFC 9110 §14.1.2): undefined means send the whole file (no Range, several
 * ranges, an If-Range that no longer matches, or a syntax we ignore); 'unsatisfiable' means 416.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | undefined {
  const match = header && /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [, first, last] = match as unknown as [string, string, string];
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

export async function mediaRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { media } = fastify;

  app.get('/:sha.:ext', {
    config: { access: 'public' },
    schema: {
      tags: ['media'],
      operationId: 'getMedia',
      summary: 'Get an uploaded image file or a resized variant',
      description:
        'The `url` and `srcset` of an uploaded image point here. Files never change (their name is the hash of their bytes): ' +
        '`Cache-Control: public, max-age=31536000, immutable`, a strong ETag, and single byte ranges. `w` and `format` ask for a ' +
        'variant, generated on first request and stored; while the server is busy with other images, or when a variant takes ' +
        'longer than its time budget, a 503 with `Retry-After`. Public: whoever knows the hash may fetch the file, even of a draft.',
      params: mediaParams,
      querystring: variantQuery,
      response: {
        200: { description: 'The file', content: imageContent() },
        206: { description: 'The requested byte range (`Content-Range` says which)', content: imageContent() },
        ...problemResponses('MEDIA_NOT_FOUND', 'RANGE_NOT_SATISFIABLE', 'UNAVAILABLE'),
      },
    },
    handler: async (request, typedReply) => {
      // The body is a file stream, which the schema's binary string type does not describe.
      const reply = typedReply as FastifyReply;
      const { sha, ext } = request.params;
      const { w: width, format } = request.query;
      const isVariant = width !== undefined || format !== undefined;
      const outputFormat: ImageFormat = format ?? formatOfExtension(ext);
      const key = isVariant ? await media.variant(sha, ext, width, outputFormat) : originalKey(sha, ext);
      const stats = key && (await media.storage.stat(key));
      if (!key || !stats) throw new AppError('MEDIA_NOT_FOUND', `No file is stored as ${sha}.${ext}`);

      const etag = `"${isVariant ? `${sha}-${width ?? 'full'}.${imageFormats[outputFormat].ext}` : sha}"`;
      reply
        .header('etag', etag)
        .header('cache-control', IMMUTABLE)
        .header('x-content-type-options', 'nosniff')
        .header('accept-ranges', 'bytes');
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send();

      const ifRange = request.headers['if-range'];
      const range =
        ifRange === undefined || ifRange === etag ? parseRange(request.headers.range, stats.size) : undefined;
      if (range === 'unsatisfiable') {
        reply.header('content-range', `bytes */${stats.size}`);
        throw new AppError(
          'RANGE_NOT_SATISFIABLE',
          `The file has ${stats.size} bytes; the range '${request.headers.range}' lies outside it`,
        );
      }
      const stream = await media.storage.get(key, range);
      if (!stream) throw new AppError('MEDIA_NOT_FOUND', `No file is stored as ${sha}.${ext}`);
      reply.type(imageFormats[outputFormat].mimeType);
      if (!range) return reply.header('content-length', stats.size).send(stream);
      return reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${stats.size}`)
        .header('content-length', range.end - range.start + 1)
        .send(stream);
    },
  });
}
