// Tokens: 256 random bits, shown once, stored as SHA-256. A lookup by hash (with the token's
// user) plus a constant-time comparison of the stored hash; a revoked or expired token, or one
// of a deactivated user, fails on its very next request (nothing is cached).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Ctx } from '../../context.js';
import type { ApiTokenRow } from '../../db/rows.js';
import { AppError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import type { Actor, Role, TokenKind } from '../access/index.js';
import { requireUser, userNamed } from '../users/index.js';
import type { TokenWithUser } from './repository.js';

const PREFIX = 'nd_';

const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export type TokenInfo = {
  id: string;
  name: string;
  kind: TokenKind;
  user: { id: string; name: string; role: Role; active: boolean };
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

const toInfo = ({ token, user }: TokenWithUser): TokenInfo => ({
  id: token.id,
  name: token.name,
  kind: token.kind,
  user: { id: user.id, name: user.name, role: user.role, active: user.active },
  createdAt: token.createdAt,
  expiresAt: token.expiresAt,
  lastUsedAt: token.lastUsedAt,
  revokedAt: token.revokedAt,
});

export type TokenInput = {
  userId: string;
  name: string;
  kind?: TokenKind | undefined;
  expiresAt?: string | null | undefined;
};

export function createToken(ctx: Ctx, input: TokenInput): Promise<TokenInfo & { token: string }> {
  const secret = PREFIX + randomBytes(32).toString('base64url');
  return ctx.transaction(async (tx) => {
    const user = await requireUser(tx, input.userId);
    if (!user.active)
      throw new AppError('VALIDATION_FAILED', `userId: ${user.name} is deactivated; a token for them would not work`, {
        errors: [{ path: 'userId', message: 'the user is deactivated' }],
      });
    const now = ctx.now();
    if (input.expiresAt && Date.parse(input.expiresAt) <= Date.parse(now))
      throw new AppError('VALIDATION_FAILED', 'expiresAt: must be in the future', {
        errors: [{ path: 'expiresAt', message: 'must be in the future' }],
      });
    const row: ApiTokenRow = {
      id: newId(),
      userId: user.id,
      name: input.name,
      kind: input.kind ?? 'write',
      tokenHash: hashOf(secret),
      createdAt: now,
      expiresAt: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
      lastUsedAt: null,
      revokedAt: null,
    };
    await tx.tokens.insert(row);
    return { ...toInfo({ token: row, user }), token: secret };
  });
}

/** A token for the user of that name (made with that role if there is none): the CLI's way. */
export async function createTokenForUserNamed(
  ctx: Ctx,
  input: { name: string; role: Role; kind?: TokenKind; expiresAt?: string | null },
): Promise<TokenInfo & { token: string }> {
  const user = await userNamed(ctx, input.name, input.role);
  return createToken(ctx, { userId: user.id, name: input.name, kind: input.kind, expiresAt: input.expiresAt });
}

export const listTokens = async (ctx: Ctx, userId?: string): Promise<TokenInfo[]> =>
  (await ctx.repos.tokens.list(userId)).map(toInfo);

export function revokeToken(ctx: Ctx, id: string): Promise<TokenInfo> {
  return ctx.transaction(async (tx) => {
    const found = await tx.tokens.findById(id);
    if (!found) throw new AppError('TOKEN_NOT_FOUND', `No token has the id ${id}`);
    if (!found.token.revokedAt) await tx.tokens.revoke(id, ctx.now());
    return toInfo((await tx.tokens.findById(id))!);
  });
}

/** Who a presented secret acts for, or why it does not: unknown (or malformed), revoked, expired, or its user deactivated. */
export type Authentication = { actor: Actor } | { refused: string };

export async function authenticate(ctx: Ctx, secret: string): Promise<Authentication> {
  const unknown = { refused: 'The bearer token is malformed, unknown or revoked' };
  if (!secret.startsWith(PREFIX) || secret.length > 100) return unknown;
  const hash = hashOf(secret);
  const found = await ctx.repos.tokens.findByHash(hash);
  if (!found || found.token.revokedAt) return unknown;
  if (!timingSafeEqual(Buffer.from(found.token.tokenHash, 'hex'), Buffer.from(hash, 'hex'))) return unknown;
  const { token, user } = found;
  if (token.expiresAt && token.expiresAt <= ctx.now())
    return { refused: `The bearer token expired at ${token.expiresAt}; ask an admin for a new one` };
  if (!user.active) return { refused: 'The bearer token belongs to a deactivated user' };
  return { actor: { tokenId: token.id, userId: user.id, name: user.name, role: user.role, kind: token.kind } };
}

/**
 * When each token was last used, without a write per request: uses are kept in memory and
 * written in one transaction every `everyMs` (and when the server closes), so lastUsedAt is at
 * most that late. A node that dies loses its last interval's uses, never a request.
 */
export function usageRecorder(ctx: Ctx, everyMs: number, onError: (error: unknown) => void) {
  const pending = new Map<string, string>();
  const flush = async () => {
    if (pending.size === 0) return;
    const uses = [...pending].map(([id, at]) => ({ id, at }));
    pending.clear();
    await ctx.transaction((tx) => tx.tokens.touch(uses)).catch(onError);
  };
  const timer = setInterval(() => void flush(), everyMs);
  timer.unref();
  return {
    record: (tokenId: string, at: string) => void pending.set(tokenId, at),
    async close(): Promise<void> {
      clearInterval(timer);
      await flush();
    },
  };
}
