// The files behind uploaded images: stored once per content hash, generated variants, and
// removal once no image record uses a hash any more. One process owns MEDIA_DIR (as it owns
// the SQLite file), so in-process locks are enough to order a hash's store/record/remove steps.
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createLocalDiskStorage, type MediaStorage } from './storage.js';
import { type ProcessedImage, renderVariant } from './files.js';
import {
  allVariantKeys,
  type ImageFormat,
  imageFormats,
  originalKey,
  type VariantWidth,
  variantKey,
} from '../../lib/media-formats.js';

declare module 'fastify' {
  interface FastifyInstance {
    media: MediaLibrary;
  }
}

export type MediaLibrary = ReturnType<typeof createMediaLibrary>;

/** Runs tasks one after another per key (tasks of different keys run concurrently). */
function keyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return async function run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const current = previous.then(task);
    const tail = current.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await current;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

export function createMediaLibrary(options: {
  storage: MediaStorage;
  maxUploadBytes: number;
  isInUse: (sha256: string) => Promise<boolean>;
  log: FastifyBaseLogger;
}) {
  const { storage, isInUse, log } = options;
  const perHash = keyedQueue();
  const generating = new Map<string, Promise<string | undefined>>();

  /** Under the hash's lock: removes the original and every variant unless a record uses the hash. */
  async function removeIfUnused(sha256: string, ext: string): Promise<void> {
    if (await isInUse(sha256)) return;
    for (const key of [...allVariantKeys(sha256, ext), originalKey(sha256, ext)]) await storage.delete(key);
  }

  async function generate(
    sha256: string,
    ext: string,
    width: VariantWidth | undefined,
    format: ImageFormat,
    key: string,
  ): Promise<string | undefined> {
    if (await storage.stat(key)) return key;
    const original = await storage.read(originalKey(sha256, ext));
    if (!original) return undefined;
    const data = await renderVariant(original, width, format);
    // Stored only while the original still exists, so a variant never outlives it.
    return perHash(sha256, async () => {
      if (!(await storage.stat(originalKey(sha256, ext)))) return undefined;
      await storage.put(key, data);
      return key;
    });
  }

  return {
    storage,
    maxUploadBytes: options.maxUploadBytes,

    /**
     * Stores the processed file durably, then runs `record` (which writes the image record and
     * may fail). Whatever happened, the file is removed again unless some record uses its hash:
     * a failed request leaves neither a record pointing nowhere nor an orphan file.
     */
    withStoredFile<T>(image: ProcessedImage, record: () => Promise<T>): Promise<T> {
      return perHash(image.sha256, async () => {
        await storage.put(originalKey(image.sha256, image.ext), image.data);
        try {
          return await record();
        } finally {
          await removeIfUnused(image.sha256, image.ext);
        }
      });
    },

    /** After an image record was deleted (and committed): its files go once no other record uses them. */
    async release(sha256: string, ext: string): Promise<void> {
      try {
        await perHash(sha256, () => removeIfUnused(sha256, ext));
      } catch (error) {
        // The record is gone either way; an unremoved file is garbage, not an error for the client.
        log.error({ err: error, sha256 }, 'could not remove the files of a deleted image');
      }
    },

    /**
     * The storage key of a variant, generated on first request and stored; concurrent first
     * requests share one generation. Undefined when the original does not exist.
     */
    variant(
      sha256: string,
      ext: string,
      width: VariantWidth | undefined,
      format: ImageFormat,
    ): Promise<string | undefined> {
      const key = variantKey(sha256, width, imageFormats[format].ext);
      let pending = generating.get(key);
      if (!pending) {
        pending = generate(sha256, ext, width, format, key).finally(() => generating.delete(key));
        generating.set(key, pending);
      }
      return pending;
    },
  };
}

export type MediaPluginOptions = { mediaDir: string; maxUploadBytes: number };

export default fp(
  async function mediaPlugin(app: FastifyInstance, options: MediaPluginOptions) {
    const storage = await createLocalDiskStorage(options.mediaDir);
    app.decorate(
      'media',
      createMediaLibrary({
        storage,
        maxUploadBytes: options.maxUploadBytes,
        isInUse: (sha256) => app.ctx.repos.images.sha256InUse(sha256),
        log: app.log,
      }),
    );
  },
  { name: 'media', dependencies: ['db'] },
);
