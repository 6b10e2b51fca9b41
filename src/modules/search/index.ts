// Search settings the newsroom edits: /v1/search/synonyms.
export { createSynonymRepository, type SynonymRow } from './repository.js';
export { searchRoutes } from './routes.js';
