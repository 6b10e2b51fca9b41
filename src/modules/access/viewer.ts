// Who is asking: the public, or the holder of a token that belongs to a member of staff. What
// each may see is decided in visibility.ts from this alone:
//   public       published articles whose time has come, and what they show
//   contributor  the same, plus their own articles (drafts included) and what those show
//   preview      every article (drafts and scheduled ones: a frontend's draft mode), no private
//                fields, no private change feed, and no writing
//   editor/admin everything, private fields (emails, attribution) and the private feed included

export const roles = ['contributor', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export const tokenKinds = ['write', 'preview'] as const;
export type TokenKind = (typeof tokenKinds)[number];

/** A token holder: the token, the user it belongs to, and what the token may do. The system
 *  itself (the source import) acts with no user: what it writes is attributed to nobody. */
export type Actor = { tokenId: string; userId: string | null; name: string; role: Role; kind: TokenKind };

/** The importer of the source article and of exports. */
export const systemActor: Actor = { tokenId: 'system', userId: null, name: 'system', role: 'admin', kind: 'write' };

/** Which articles a viewer may see: those published and due, those plus their own, or all. */
export type ArticleScope = 'public' | 'own' | 'all';

export type Viewer = {
  articles: ArticleScope;
  /** Whose articles count as the viewer's own (scope `own`). */
  ownerId: string | null;
  /** Private fields of others (authors' emails, who created and changed an article). */
  privateFields: boolean;
  /** The private change feed (drafts and other unpublished changes). */
  privateFeed: boolean;
  actor: Actor | null;
};

export const publicViewer: Viewer = {
  articles: 'public',
  ownerId: null,
  privateFields: false,
  privateFeed: false,
  actor: null,
};

/** Sees everything: what the services use to read before they write, and for private events. */
export const editorialViewer: Viewer = {
  articles: 'all',
  ownerId: null,
  privateFields: true,
  privateFeed: true,
  actor: null,
};

/** Whether `role` is at least `needed` (admin > editor > contributor). */
export const roleAtLeast = (role: Role, needed: Role): boolean => roles.indexOf(role) >= roles.indexOf(needed);

export function viewerOf(actor: Actor | null): Viewer {
  if (!actor) return publicViewer;
  if (actor.kind === 'preview') return { ...publicViewer, articles: 'all', actor };
  if (actor.role === 'contributor') return { ...publicViewer, articles: 'own', ownerId: actor.userId, actor };
  return { ...editorialViewer, actor };
}
