// Articles: SQL only, in rooms of their own behind this facade, which the services use:
//   rows.ts        row writes and revisions (and the bylines, tags, images and search entry
//                  written with each row)
//   lists.ts       keyset lists
//   search.ts      full-text search (the engine's index, with the visibility rule and filters)
//   read-model.ts  the JSON the API answers with, built by the database
//   translation-rows.ts  translation groups: their members, the outdated, the locales of a slug
import type { Handle } from '../../db/engine.js';
import { createArticleLists } from './lists.js';
import { createReadModel } from './read-model.js';
import { createArticleRows } from './rows.js';
import { createArticleSearch } from './search.js';
import { createTranslationRows } from './translation-rows.js';

export function createArticleRepository(handle: Handle) {
  const readModel = createReadModel(handle);
  return {
    ...createArticleRows(handle),
    ...createArticleLists(handle, readModel),
    ...readModel,
    ...createArticleSearch(handle),
    ...createTranslationRows(handle),
  };
}

export type ArticleRepository = ReturnType<typeof createArticleRepository>;
