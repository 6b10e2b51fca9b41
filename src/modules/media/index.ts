// Uploaded image files: their storage, processing, variants and the /media routes.
export { type ProcessedImage, processUpload } from './files.js';
export { default as mediaPlugin, type MediaLibrary } from './library.js';
export { mediaRoutes } from './routes.js';
