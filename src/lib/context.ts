// What services need besides their input: the repositories, a clock, and who is asking.
import type { Repositories } from '../db/repositories.js';
import type { Visibility } from '../modules/articles/repository.js';

/** `wakeWorker` lets a write nudge the webhook worker instead of waiting for its next poll. */
export type Ctx = { repos: Repositories; now: () => string; wakeWorker?: () => void };

export const roles = ['contributor', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** A token holder: its name is what createdBy/updatedBy record. */
export type Actor = { tokenId: string; name: string; role: Role };

/** Who reads: the public sees only what is published and due; a token holder sees everything. */
export type Viewer = { visibility: Visibility; actor: Actor | null };

export const publicViewer: Viewer = { visibility: 'public', actor: null };

/** Whether `role` is at least `needed` (admin > editor > contributor). */
export const roleAtLeast = (role: Role, needed: Role): boolean => roles.indexOf(role) >= roles.indexOf(needed);
