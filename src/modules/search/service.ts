// Synonym rules: a group changes at once for every search on every node (the vocabulary reads it
// per query), and every change is an event, so remembered public search answers are recomputed.
import type { Ctx } from '../../context.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { AppError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { checkPrecondition, type Precondition } from '../../lib/preconditions.js';
import type { Repositories } from '../../repositories.js';
import { emitChange } from '../events/index.js';
import type { SynonymRow } from './repository.js';
import type { SynonymInput } from './schema.js';

const SORT = 'id';

async function requireSynonym(repos: Repositories, id: string): Promise<SynonymRow> {
  const row = await repos.synonyms.find(id);
  if (!row) throw new AppError('SYNONYM_NOT_FOUND', `No synonym group has the id ${id}`);
  return row;
}

const emitSynonym = (ctx: Ctx, tx: Repositories, type: string, row: SynonymRow) =>
  emitChange(ctx, tx, {
    type,
    resourceType: 'synonym',
    id: row.id,
    isPublic: false,
    representation: () => row,
    tombstone: { id: row.id },
  });

const termsOf = (input: SynonymInput) => input.terms.map((term) => term.normalize('NFKC'));

export async function listSynonyms(ctx: Ctx, limit: number, cursor: string | undefined) {
  const after = cursor === undefined ? undefined : decodeCursor(cursor, SORT).id;
  const rows = await ctx.repos.synonyms.list(limit + 1, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page,
    meta: {
      limit,
      nextCursor: rows.length > limit && last ? encodeCursor({ sort: SORT, key: null, id: last.id }) : null,
    },
  };
}

export const readSynonym = (ctx: Ctx, id: string) => requireSynonym(ctx.repos, id);

export function createSynonym(ctx: Ctx, input: SynonymInput): Promise<SynonymRow> {
  return ctx.transaction(async (tx) => {
    const now = ctx.now();
    const row: SynonymRow = { id: newId(), terms: termsOf(input), createdAt: now, updatedAt: now, version: 1 };
    await tx.synonyms.insert(row);
    await emitSynonym(ctx, tx, 'synonym.created', row);
    return row;
  });
}

export function replaceSynonym(
  ctx: Ctx,
  id: string,
  input: SynonymInput,
  precondition: Precondition | undefined,
): Promise<SynonymRow> {
  return ctx.transaction(async (tx) => {
    checkPrecondition(precondition, (await requireSynonym(tx, id)).version);
    await tx.synonyms.replace(id, termsOf(input), ctx.now());
    const row = await requireSynonym(tx, id);
    await emitSynonym(ctx, tx, 'synonym.updated', row);
    return row;
  });
}

export function deleteSynonym(ctx: Ctx, id: string, precondition: Precondition | undefined): Promise<void> {
  return ctx.transaction(async (tx) => {
    const row = await requireSynonym(tx, id);
    checkPrecondition(precondition, row.version);
    await tx.synonyms.delete(id);
    await emitSynonym(ctx, tx, 'synonym.deleted', row);
  });
}
