import { z } from 'zod';
import { listEnvelope, listQueryBase, timestampFields, uuid } from '../../lib/http-schemas.js';
import { roles } from '../access/index.js';

const writable = {
  name: z.string().trim().min(1).max(200).meta({ description: 'Display name, shown in attribution.' }),
  email: z.email().max(320).nullable().optional().meta({ description: 'Unique among users.' }),
  role: z.enum(roles),
  active: z
    .boolean()
    .optional()
    .meta({ description: 'False deactivates the user: their tokens stop working at once.' }),
};

export const userCreateSchema = z
  .strictObject(writable)
  .meta({ id: 'UserCreate', example: { name: 'Kateryna Hodunova', email: 'k.hodunova@example.org', role: 'editor' } });
export const userPatchSchema = z
  .strictObject({
    name: writable.name.optional(),
    email: writable.email,
    role: writable.role.optional(),
    active: writable.active,
  })
  .meta({ id: 'UserPatch', example: { active: false } });

export const userSchema = z
  .object({
    id: uuid,
    name: z.string(),
    email: z.string().nullable(),
    role: z.enum(roles),
    active: z.boolean(),
    ...timestampFields,
  })
  .meta({
    id: 'User',
    example: {
      id: '01946a4e-8c00-7e44-b6c7-3a4b5c6d7e90',
      name: 'Kateryna Hodunova',
      email: 'k.hodunova@example.org',
      role: 'editor',
      active: true,
      createdAt: '2025-01-15T00:00:00.000Z',
      updatedAt: '2025-01-15T00:00:00.000Z',
      version: 1,
    },
  });

export const userListQuery = z.strictObject({ ...listQueryBase });
export const userListSchema = listEnvelope(userSchema, 'UserList');

export type UserCreate = z.infer<typeof userCreateSchema>;
export type UserPatch = z.infer<typeof userPatchSchema>;
