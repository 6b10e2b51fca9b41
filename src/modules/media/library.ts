// The files behind uploaded images: stored once per content hash, generated variants, and
// removal once no image record uses a hash any more. One process owns MEDIA_DIR (as it owns
// the SQLite file), so in-process locks are enough to order a hash's store/record/remove steps.
// Image work (decoding an upload, making a variant) is CPU-bound: a few run at once, a few more
// wait, and past that a request is told to come back (503 with Retry-After).
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { MediaBudget } from '../../config.js';
import { AppError } from '../../lib/errors.js';
import {
  allVariantKeys,
  type ImageFormat,
  imageFormats,
  originalKey,
  type VariantWidth,
  variantKey,
} from '../../lib/media-formats.js';
import { type ProcessedImage, processUpload, renderVariant } from './files.js';
import { createLocalDiskStorage, type MediaStorage } from './storage.js';

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

/** Runs at most `concurrency` tasks at once and lets `queue` more wait their turn; refuses the rest. */
function workLimiter(concurrency: number, queue: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running < concurrency) running += 1;
    else if (waiting.length < queue) await new Promise<void>((start) => waiting.push(start));
    else
      throw new AppError('UNAVAILABLE', 'The server is busy processing images; try again in a moment', {
        headers: { 'retry-after': '2' },
      });
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, if any.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

export function createMediaLibrary(options: {
  storage: MediaStorage;
  maxUploadBytes: number;
  budget: MediaBudget;
  isInUse: (sha256: string) => Promise<boolean>;
  log: FastifyBaseLogger;
}) {
  const { storage, budget, isInUse, log } = options;
  const perHash = keyedQueue();
  const limit = workLimiter(budget.concurrency, budget.queue);
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
    // The original is read in its turn, so a queue of waiting requests holds no file in memory.
    const data = await limit(async () => {
      const original = await storage.read(originalKey(sha256, ext));
      return original && renderVariant(original, width, format, budget.timeoutSeconds);
    });
    if (!data) return undefined;
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

    /** An upload identified, checked against the budget and re-encoded (see processUpload), in its turn. */
    process: (input: Buffer): Promise<ProcessedImage> => limit(() => processUpload(input, budget)),

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

export type MediaPluginOptions = { mediaDir: string; maxUploadBytes: number; budget: MediaBudget };

export default fp(
  async function mediaPlugin(app: FastifyInstance, options: MediaPluginOptions) {
    const storage = await createLocalDiskStorage(options.mediaDir);
    app.decorate(
      'media',
      createMediaLibrary({
        storage,
        maxUploadBytes: options.maxUploadBytes,
        budget: options.budget,
        isInUse: (sha256) => app.ctx.repos.images.sha256InUse(sha256),
        log: app.log,
      }),
    );
  },
  { name: 'media', dependencies: ['db'] },
);
