// What an uploaded file really is, decided by sharp (libvips) from its bytes, never from the
// client's file name or Content-Type; and the resized variants frontends ask for.
import { createHash } from 'node:crypto';
import type { Sharp, default as SharpFactory, Metadata as SharpMetadata, OutputInfo as SharpOutputInfo } from 'sharp';
import type { MediaBudget } from '../../config.js';
import { AppError } from '../../lib/errors.js';
import { type ImageFormat, imageFormats, type VariantWidth } from '../../lib/media-formats.js';

// sharp (libvips, megabytes resident) is loaded by the first upload or variant, not at startup:
// a server that only reads never pays for it.
let loaded: typeof SharpFactory | undefined;
const loadSharp = async (): Promise<typeof SharpFactory> => (loaded ??= (await import('sharp')).default);

/**
 * Above this, decoding costs too much memory (a 10000×10000 PNG of one colour is a few hundred KB).
 * Every frame of an animation counts.
 */
export const MAX_INPUT_PIXELS = 40_000_000;

/** What one upload or variant may cost: the pixel budget above, a frame count and a time limit. */
export type ProcessingBudget = Pick<MediaBudget, 'maxFrames' | 'timeoutSeconds'>;

/** sharp stops a pipeline that runs past `.timeout()` with an error saying so. */
const timedOut = (error: unknown): boolean => error instanceof Error && error.message.startsWith('timeout:');

/** The file as stored: metadata stripped, orientation applied, in the format it arrived in. */
export type ProcessedImage = {
  data: Buffer;
  sha256: string;
  format: ImageFormat;
  ext: string;
  mimeType: string;
  width: number;
  height: number;
};

const rejected = (code: 'UNSUPPORTED_IMAGE' | 'INVALID_IMAGE' | 'IMAGE_TOO_LARGE', message: string) =>
  new AppError(code, `file: ${message}`, { errors: [{ path: 'file', message }] });

function acceptedFormat(metadata: SharpMetadata): ImageFormat | undefined {
  switch (metadata.format) {
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'gif':
      return metadata.format;
    // AVIF is HEIF with AV1 inside; HEIC (HEVC inside) is not accepted.
    case 'heif':
      return metadata.compression === 'av1' ? 'avif' : undefined;
    default:
      return undefined;
  }
}

const supportsAnimation = (format: ImageFormat) => format === 'gif' || format === 'webp';

function encode(pipeline: Sharp, format: ImageFormat, purpose: 'original' | 'variant'): Sharp {
  const original = purpose === 'original';
  switch (format) {
    case 'jpeg':
      return pipeline.jpeg({ quality: original ? 90 : 80 });
    case 'png':
      return pipeline.png();
    case 'webp':
      return pipeline.webp({ quality: original ? 90 : 80 });
    case 'avif':
      // libaom's default effort (4) took 9 s for one 1920 px variant in our measurements; 2 took 0.4 s for a file no larger.
      return pipeline.avif({ quality: original ? 70 : 50, effort: 2 });
    case 'gif':
      return pipeline.gif();
  }
}

/**
 * Identifies the upload (415 for anything but JPEG, PNG, WebP, AVIF and GIF), bounds its pixels
 * before decoding them (413), decodes it fully (422 when truncated or corrupt) and re-encodes it
 * in its own format: EXIF orientation is applied, and EXIF, GPS, XMP and IPTC are dropped (the
 * colour profile is kept). Re-encoding also removes anything appended to or hidden in the file.
 */
export async function processUpload(input: Buffer, budget: ProcessingBudget): Promise<ProcessedImage> {
  const sharp = await loadSharp();
  let metadata: SharpMetadata;
  try {
    // The header only: the pixel budget is checked below, before anything is decoded.
    metadata = await sharp(input, { limitInputPixels: false, failOn: 'error' }).metadata();
  } catch {
    throw rejected('UNSUPPORTED_IMAGE', 'is not an image in an accepted format (JPEG, PNG, WebP, AVIF or GIF)');
  }
  const format = acceptedFormat(metadata);
  if (!format)
    throw rejected(
      'UNSUPPORTED_IMAGE',
      `is ${metadata.format.toUpperCase()}; accepted formats are JPEG, PNG, WebP, AVIF and GIF`,
    );
  const frames = supportsAnimation(format) ? (metadata.pages ?? 1) : 1;
  // Tiny frames slip under the pixel budget, but each costs time of its own in every variant.
  if (frames > budget.maxFrames)
    throw rejected('IMAGE_TOO_LARGE', `has ${frames} frames; the limit is ${budget.maxFrames}`);
  const pixels = (metadata.width ?? 0) * (metadata.pageHeight ?? metadata.height ?? 0) * frames;
  if (pixels > MAX_INPUT_PIXELS) {
    throw rejected(
      'IMAGE_TOO_LARGE',
      `has ${(pixels / 1e6).toFixed(1)} megapixels; the limit is ${MAX_INPUT_PIXELS / 1e6}`,
    );
  }

  const animated = frames > 1;
  let pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated })
    .keepIccProfile()
    .timeout({ seconds: budget.timeoutSeconds });
  // Orientation lives in EXIF, which animations do not carry.
  if (!animated) pipeline = pipeline.rotate();
  let output: { data: Buffer; info: SharpOutputInfo };
  try {
    output = await encode(pipeline, format, 'original').toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (timedOut(error)) throw rejected('IMAGE_TOO_LARGE', `takes longer than ${budget.timeoutSeconds} s to process`);
    throw rejected('INVALID_IMAGE', `could not be decoded as ${format.toUpperCase()}: it is truncated or corrupt`);
  }
  return {
    data: output.data,
    sha256: createHash('sha256').update(output.data).digest('hex'),
    format,
    ...imageFormats[format],
    width: output.info.width,
    height: output.info.pageHeight ?? output.info.height,
  };
}

/**
 * A variant: `width` wide at most (never upscaled), in `format`. Animation survives into WebP and
 * GIF. Past the time budget (under load, or for a file stored before the budgets), a 503.
 */
export async function renderVariant(
  original: Buffer,
  width: VariantWidth | undefined,
  format: ImageFormat,
  timeoutSeconds: number,
): Promise<Buffer> {
  const sharp = await loadSharp();
  let pipeline = sharp(original, {
    limitInputPixels: MAX_INPUT_PIXELS,
    failOn: 'error',
    animated: supportsAnimation(format),
  })
    .keepIccProfile()
    .timeout({ seconds: timeoutSeconds });
  if (width !== undefined) pipeline = pipeline.resize({ width, withoutEnlargement: true });
  try {
    return await encode(pipeline, format, 'variant').toBuffer();
  } catch (error) {
    if (!timedOut(error)) throw error;
    throw new AppError('UNAVAILABLE', `The variant could not be made within ${timeoutSeconds} s; try again later`, {
      headers: { 'retry-after': '30' },
    });
  }
}
