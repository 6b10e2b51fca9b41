// Tokens: 256 random bits, shown once, stored as SHA-256. A lookup by hash plus a constant-time
// comparison of the stored hash; a revoked token fails on its very next request (no cache).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { writeTransaction } from '../../db/client.js';
import type { ApiTokenRow } from '../../db/schema.js';
import type { Actor, Ctx, Role } from '../../lib/context.js';
import { AppError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';

const PREFIX = 'nd_';

const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export type TokenInfo = { id: string; name: string; role: Role; createdAt: string; revokedAt: string | null };

const toInfo = ({ tokenHash, ...info }: ApiTokenRow): TokenInfo => info;

export function createToken(ctx: Ctx, input: { name: string; role: Role }): TokenInfo & { token: string } {
  const secret = PREFIX + randomBytes(32).toString('base64url');
  return writeTransaction(ctx.repos.db, (tx) => {
    const row: ApiTokenRow = {
      id: newId(),
      name: input.name,
      role: input.role,
      tokenHash: hashOf(secret),
      createdAt: ctx.now(),
      revokedAt: null,
    };
    ctx.repos.tokens.insert(tx, row);
    return { ...toInfo(row), token: secret };
  });
}

export const listTokens = (ctx: Ctx): TokenInfo[] => ctx.repos.tokens.list().map(toInfo);

export function revokeToken(ctx: Ctx, id: string): TokenInfo {
  return writeTransaction(ctx.repos.db, (tx) => {
    const row = ctx.repos.tokens.findById(id);
    if (!row) throw new AppError('TOKEN_NOT_FOUND', `No token has the id ${id}`);
    if (!row.revokedAt) ctx.repos.tokens.revoke(tx, id, ctx.now());
    return toInfo(ctx.repos.tokens.findById(id)!);
  });
}

/** The actor a presented secret belongs to, or undefined for an unknown or revoked one. */
export function authenticate(ctx: Ctx, secret: string): Actor | undefined {
  if (!secret.startsWith(PREFIX) || secret.length > 100) return undefined;
  const hash = hashOf(secret);
  const row = ctx.repos.tokens.findByHash(hash);
  if (!row || row.revokedAt) return undefined;
  if (!timingSafeEqual(Buffer.from(row.tokenHash, 'hex'), Buffer.from(hash, 'hex'))) return undefined;
  return { tokenId: row.id, name: row.name, role: row.role };
}
