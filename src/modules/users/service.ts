// Members of staff: admins create and change them; a user is deactivated, never deleted, so what
// they wrote keeps its attribution. Emails are unique among users.
import type { Ctx } from '../../context.js';
import type { UserRow } from '../../db/rows.js';
import type { Cursor } from '../../lib/cursor.js';
import { AppError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { stripUndefined } from '../../lib/objects.js';
import { checkPrecondition, type Precondition } from '../../lib/preconditions.js';
import type { Repositories } from '../../repositories.js';
import type { Role } from '../access/index.js';
import type { UserCreate, UserPatch } from './schema.js';

export async function requireUser(repos: Repositories, id: string): Promise<UserRow> {
  const row = await repos.users.findById(id);
  if (!row) throw new AppError('USER_NOT_FOUND', `No user has the id ${id}`);
  return row;
}

async function checkEmail(repos: Repositories, email: string | null | undefined, exceptId?: string): Promise<void> {
  if (!email) return;
  const owner = await repos.users.findByEmail(email);
  if (owner && owner.id !== exceptId)
    throw new AppError('EMAIL_TAKEN', `Another user has the email address ${email}`, {
      errors: [{ path: 'email', message: 'belongs to another user' }],
    });
}

/** Addresses compare without case: K.Hodunova@example.org and k.hodunova@… are one person. */
const normalEmail = (email: string | null | undefined) => (email ? email.toLowerCase() : email);

/** Someone must be left to manage users and tokens through the API. */
async function checkAdminsLeft(repos: Repositories, current: UserRow, next: UserRow): Promise<void> {
  const wasAdmin = current.active && current.role === 'admin';
  if (!wasAdmin || (next.active && next.role === 'admin')) return;
  if ((await repos.users.activeAdmins()) <= 1)
    throw new AppError('LAST_ADMIN', `${current.name} is the only active admin: make another user admin first`, {
      errors: [{ path: next.active ? 'role' : 'active', message: 'would leave no active admin' }],
    });
}

export function createUser(ctx: Ctx, input: UserCreate): Promise<UserRow> {
  return ctx.transaction(async (tx) => {
    input = { ...input, email: normalEmail(input.email) };
    await checkEmail(tx, input.email);
    const now = ctx.now();
    const row: UserRow = {
      id: newId(),
      name: input.name,
      email: input.email ?? null,
      role: input.role,
      active: input.active ?? true,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await tx.users.insert(row);
    return row;
  });
}

export function updateUser(ctx: Ctx, id: string, input: UserPatch, precondition?: Precondition): Promise<UserRow> {
  return ctx.transaction(async (tx) => {
    const current = await requireUser(tx, id);
    checkPrecondition(precondition, current.version);
    const changes = stripUndefined({ ...input, email: normalEmail(input.email) });
    await checkEmail(tx, changes.email, id);
    await checkAdminsLeft(tx, current, { ...current, ...changes });
    await tx.users.update(id, { ...changes, updatedAt: ctx.now() });
    return requireUser(tx, id);
  });
}

export async function listUsers(ctx: Ctx, limit: number, cursor: Cursor | undefined, count: boolean) {
  return {
    rows: await ctx.repos.users.list(limit, cursor),
    ...(count ? { total: await ctx.repos.users.count() } : {}),
  };
}

/** The user a token CLI names: the first active one of that name, else a new one with that role
 *  (a deactivated namesake stays as it is). A user who exists with another role is not changed
 *  behind an admin's back: that is refused. */
export async function userNamed(ctx: Ctx, name: string, role: Role): Promise<UserRow> {
  const existing = await ctx.repos.users.findActiveByName(name);
  if (!existing) return createUser(ctx, { name, role });
  if (existing.role !== role)
    throw new AppError(
      'VALIDATION_FAILED',
      `User '${name}' exists with the role ${existing.role}, not ${role}: change it through PATCH /v1/users/${existing.id}`,
      {
        errors: [{ path: 'role', message: `user '${name}' has the role ${existing.role}` }],
      },
    );
  return existing;
}
