// Who is asking, and what they may see: the access module's public face.
export * from './viewer.js';
export * from './visibility.js';
