// The image formats Newsdesk accepts and serves, the fixed variant sizes, and the names and URLs
// of stored files. Names come from the content hash only, never from anything a client sent.

export const imageFormats = {
  jpeg: { ext: 'jpg', mimeType: 'image/jpeg' },
  png: { ext: 'png', mimeType: 'image/png' },
  webp: { ext: 'webp', mimeType: 'image/webp' },
  avif: { ext: 'avif', mimeType: 'image/avif' },
  gif: { ext: 'gif', mimeType: 'image/gif' },
} as const;
export type ImageFormat = keyof typeof imageFormats;

export const mediaExtensions = ['jpg', 'png', 'webp', 'avif', 'gif'] as const;
export type MediaExtension = (typeof mediaExtensions)[number];

export const formatOfExtension = (ext: MediaExtension): ImageFormat =>
  (Object.keys(imageFormats) as ImageFormat[]).find((format) => imageFormats[format].ext === ext)!;

/** A fixed list keeps the number of stored variants per image bounded. */
export const variantWidths = [320, 640, 960, 1280, 1920] as const;
export type VariantWidth = (typeof variantWidths)[number];
/** Formats a variant may be converted to (the original's own format is always available too). */
export const variantFormats = ['webp', 'avif', 'jpeg'] as const;
export type VariantFormat = (typeof variantFormats)[number];

export const originalKey = (sha256: string, ext: string): string => `${sha256}.${ext}`;
export const variantKey = (sha256: string, width: VariantWidth | undefined, ext: string): string =>
  `variants/${sha256}-${width ?? 'full'}.${ext}`;

/** Every key a variant of this original can have: what deleting the original removes. */
export function allVariantKeys(sha256: string, ext: string): string[] {
  const extensions = new Set<string>([ext, ...variantFormats.map((format) => imageFormats[format].ext)]);
  return [...extensions].flatMap((variantExt) =>
    [undefined, ...variantWidths].map((width) => variantKey(sha256, width, variantExt)),
  );
}

/** Where the API serves uploaded files (src/modules/media/routes.ts). */
export const MEDIA_PATH = '/media/';
export const mediaUrl = (sha256: string, ext: string): string => `${MEDIA_PATH}${originalKey(sha256, ext)}`;

export type SrcsetEntry = { width: number; format: VariantFormat; url: string };

/**
 * Variant URLs for `srcset`/`<picture>`: per format, every listed width below the original's
 * and then the original's own width (variants are never upscaled). `origin` is where the public
 * reaches the API (PUBLIC_API_URL), so the URLs are absolute.
 */
export function srcsetOf(sha256: string, ext: string, width: number | null, origin: string): SrcsetEntry[] {
  if (width === null) return [];
  const base = `${origin}${mediaUrl(sha256, ext)}`;
  return variantFormats.flatMap((format) => {
    const entries: SrcsetEntry[] = [];
    for (const wanted of variantWidths) {
      entries.push({ width: Math.min(wanted, width), format, url: `${base}?w=${wanted}&format=${format}` });
      if (wanted >= width) break;
    }
    return entries;
  });
}
