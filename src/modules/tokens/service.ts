// Tokens: 256 random bits, shown once, stored as SHA-256. A lookup by hash plus a constant-time
// comparison of the stored hash; a revoked token fails on its very next request (no cache).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Ctx } from '../../context.js';
import type { ApiTokenRow } from '../../db/rows.js';
import { AppError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import type { Actor, Role } from '../access/index.js';

const PREFIX = 'nd_';

const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export type TokenInfo = { id: string; name: string; role: Role; createdAt: string; revokedAt: string | null };

const toInfo = ({ tokenHash: _hash, ...info }: ApiTokenRow): TokenInfo => info;

export function createToken(ctx: Ctx, input: { name: string; role: Role }): Promise<TokenInfo & { token: string }> {
  const secret = PREFIX + randomBytes(32).toString('base64url');
  return ctx.transaction(async (tx) => {
    const row: ApiTokenRow = {
      id: newId(),
      name: input.name,
      role: input.role,
      tokenHash: hashOf(secret),
      createdAt: ctx.now(),
      revokedAt: null,
    };
    await tx.tokens.insert(row);
    return { ...toInfo(row), token: secret };
  });
}

export const listTokens = async (ctx: Ctx): Promise<TokenInfo[]> => (await ctx.repos.tokens.list()).map(toInfo);

export function revokeToken(ctx: Ctx, id: string): Promise<TokenInfo> {
  return ctx.transaction(async (tx) => {
    const row = await tx.tokens.findById(id);
    if (!row) throw new AppError('TOKEN_NOT_FOUND', `No token has the id ${id}`);
    if (!row.revokedAt) await tx.tokens.revoke(id, ctx.now());
    return toInfo((await tx.tokens.findById(id))!);
  });
}

/** The actor a presented secret belongs to, or undefined for an unknown or revoked one. */
export async function authenticate(ctx: Ctx, secret: string): Promise<Actor | undefined> {
  if (!secret.startsWith(PREFIX) || secret.length > 100) return undefined;
  const hash = hashOf(secret);
  const row = await ctx.repos.tokens.findByHash(hash);
  if (!row || row.revokedAt) return undefined;
  if (!timingSafeEqual(Buffer.from(row.tokenHash, 'hex'), Buffer.from(hash, 'hex'))) return undefined;
  return { tokenId: row.id, name: row.name, role: row.role };
}
