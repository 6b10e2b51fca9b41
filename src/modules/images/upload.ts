// POST /v1/images as multipart/form-data: one `file` part plus the metadata fields, read into a
// body that the route validates with the same Zod rules as a JSON create.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import '@fastify/multipart';
import { z } from 'zod';
import { AppError, invalidField } from '../../lib/errors.js';
import { textProblem } from '../../plugins/edges.js';
import { imageUploadFields } from './schema.js';

/** The uploaded bytes. Serialised (for the Idempotency-Key fingerprint, for logs) as their digest, never as the bytes. */
export class UploadedFile {
  constructor(
    readonly data: Buffer,
    readonly filename: string | undefined,
  ) {}

  toJSON() {
    return {
      sha256: createHash('sha256').update(this.data).digest('hex'),
      bytes: this.data.length,
      filename: this.filename,
    };
  }
}

export const imageUploadSchema = z
  .strictObject({
    file: z
      .custom<UploadedFile>(
        (value) => value instanceof UploadedFile,
        'is required: send the image as a file part named `file`',
      )
      .meta({
        type: 'string',
        format: 'binary',
        description: 'The image: JPEG, PNG, WebP, AVIF or GIF. Its bytes decide the format, size and dimensions.',
      }),
    ...imageUploadFields,
  })
  .meta({
    id: 'ImageUpload',
    description: 'An image file and its metadata. An empty field counts as not sent.',
    example: {
      file: '(the image file)',
      alt: 'Kyiv at night',
      credit: 'Photo Desk',
      copyright: '© 2025 Newsdesk',
      license: 'Editorial use only',
    },
  });
export type ImageUpload = z.infer<typeof imageUploadSchema>;

const malformed = () => invalidField('(body)', 'is not a well-formed multipart/form-data body');

/**
 * busboy decodes a text part before we see it, turning bytes that are not UTF-8 into U+FFFD, so
 * U+FFFD is where such bytes show: refused, as is a lone surrogate (from a JSON-typed part).
 * Image metadata has no use for U+FFFD itself.
 */
const wellFormedText = (value: string): boolean => textProblem(value) === undefined && !value.includes('\uFFFD');

/** Multipart's own errors (limits, malformed bodies) in the catalogue's terms, naming the part at fault. */
function toUploadError(error: unknown, maxBytes: number): unknown {
  if (error instanceof AppError) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE': {
      const message = `is larger than the limit of ${maxBytes} bytes`;
      return new AppError('PAYLOAD_TOO_LARGE', `file: ${message}`, { errors: [{ path: 'file', message }] });
    }
    case 'FST_FILES_LIMIT':
      return invalidField('file', 'only one file can be uploaded per request');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError('PAYLOAD_TOO_LARGE', 'The form has too many fields', {
        errors: [{ path: '(body)', message: 'has too many fields' }],
      });
    case 'FST_PROTO_VIOLATION':
      return invalidField('(body)', 'names a field that is not allowed');
    case 'FST_INVALID_JSON_FIELD_ERROR':
    case 'FST_MP_PREMATURE_CLOSE':
      return malformed();
  }
  // busboy reports a malformed body with a plain Error.
  if (error instanceof Error && !('code' in error)) return malformed();
  return error;
}

/**
 * Reads the parts in order: fields as strings (an empty one counts as not sent), the single
 * `file` part into memory (bounded by the multipart `fileSize` limit). A file under any other
 * name, or a field sent twice, is a 400 naming it.
 */
export async function readUploadForm(
  request: FastifyRequest,
  reply: FastifyReply,
  maxBytes: number,
): Promise<Record<string, unknown>> {
  const form: Record<string, unknown> = {};
  const seen = new Set<string>();
  try {
    for await (const part of request.parts()) {
      if (seen.has(part.fieldname)) throw invalidField(part.fieldname, 'is sent more than once');
      seen.add(part.fieldname);
      if (part.type === 'file') {
        if (part.fieldname !== 'file')
          throw invalidField(part.fieldname, 'is a file; send the image as the part named `file`');
        form.file = new UploadedFile(await part.toBuffer(), part.filename || undefined);
      } else {
        if (part.valueTruncated) throw invalidField(part.fieldname, 'is too long');
        if (typeof part.value === 'string' && !wellFormedText(part.value))
          throw invalidField(part.fieldname, 'is not UTF-8 text: it has bytes that are not UTF-8, or U+FFFD');
        if (part.value !== '') form[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    // The rest of the body may be unread: close the connection rather than read it.
    reply.header('connection', 'close');
    throw toUploadError(error, maxBytes);
  }
  return form;
}
