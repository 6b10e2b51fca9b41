// Who is asking: the public, or the holder of a token with a role. What each may see is decided
// in visibility.ts from this alone.

export const roles = ['contributor', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** A token holder: its name is what createdBy/updatedBy record. */
export type Actor = { tokenId: string; name: string; role: Role };

/** Which articles a viewer may see: those published and due, or all of them. */
export type ArticleScope = 'public' | 'all';

export type Viewer = {
  articles: ArticleScope;
  /** Private fields of others (authors' emails, who created and changed an article). */
  privateFields: boolean;
  /** The private change feed (drafts and other unpublished changes). */
  privateFeed: boolean;
  actor: Actor | null;
};

export const publicViewer: Viewer = { articles: 'public', privateFields: false, privateFeed: false, actor: null };

/** Sees everything: what the services use to read before they write, and for private events. */
export const editorialViewer: Viewer = { articles: 'all', privateFields: true, privateFeed: true, actor: null };

/** Whether `role` is at least `needed` (admin > editor > contributor). */
export const roleAtLeast = (role: Role, needed: Role): boolean => roles.indexOf(role) >= roles.indexOf(needed);

export function viewerOf(actor: Actor | null): Viewer {
  return actor ? { ...editorialViewer, actor } : publicViewer;
}
