// Generated from openapi.yaml by `npm run client` (openapi-typescript): do not edit.

export interface paths {
    "/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles
         * @description Keyset-paginated. Without a token only published articles whose time has come are listed.
         */
        get: operations["listArticles"];
        put?: never;
        /**
         * Create an article
         * @description Contributors create drafts only. Send `Idempotency-Key` to make a retry safe.
         */
        post: operations["createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article by id or slug
         * @description A slug the article used to have answers 301 to its current URL. A slug is unique within a locale: read by slug, the answer is the translation that `locale=` names, else the best of `Accept-Language` among the translations you may see, else the article of the slug in the default locale (`Content-Language` says which; `Vary: Accept-Language`). By id, the article itself (or its translation that `locale=` names).
         */
        get: operations["getArticle"];
        /**
         * Replace an article
         * @description Fields left out return to their defaults; the slug is kept unless one is sent. Honours `If-Match`.
         */
        put: operations["replaceArticle"];
        post?: never;
        /**
         * Delete an article
         * @description Its related links, and related links of other articles pointing at it, go with it. Honours `If-Match`.
         */
        delete: operations["deleteArticle"];
        options?: never;
        head?: never;
        /**
         * Change some fields of an article
         * @description Send `If-Match` with the ETag you read to refuse overwriting a newer version (412).
         */
        patch: operations["updateArticle"];
        trace?: never;
    };
    "/v1/articles/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an article's revisions, newest first */
        get: operations["listArticleRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one revision: the whole article as it was */
        get: operations["getArticleRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/revisions/{number}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a revision (as a new version)
         * @description Honours `If-Match` with the ETag of the current version.
         */
        post: operations["restoreArticleRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an article's translation group
         * @description Every locale of the story you may see, the article itself included, by locale (without body). Without a token only published articles whose time has come: a draft translation is not there.
         */
        get: operations["listArticleTranslations"];
        put?: never;
        /**
         * Create a translation of an article
         * @description A new article in the story's group, in a locale the group does not have yet (409 TRANSLATION_EXISTS otherwise), made from the source's current version (`translation.sourceVersion`). A translation of a translation translates the group's source. Contributors create drafts only. Send `Idempotency-Key` to make a retry safe.
         */
        post: operations["createArticleTranslation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/translation/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a translation current with its source
         * @description Records the source's current version as the one the translation is made from (`translation.status` becomes `current`), as a new version of the translation; one current already is answered unchanged. 409 NOT_A_TRANSLATION for an article that translates none. Honours `If-Match`.
         */
        post: operations["markArticleTranslationCurrent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an article's related links in order */
        get: operations["listRelatedLinks"];
        /** Replace the ordered list of related links */
        put: operations["replaceRelatedLinks"];
        /** Add a related link */
        post: operations["addRelatedLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/related/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a related link */
        delete: operations["deleteRelatedLink"];
        options?: never;
        head?: never;
        /** Change a related link or move it */
        patch: operations["updateRelatedLink"];
        trace?: never;
    };
    "/v1/translations/outdated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the translations whose source changed since they were made
         * @description Every translation whose source has a later version than `translation.sourceVersion`, oldest first, keyset-paginated; `locale` narrows to one language. Marking one current (`POST /v1/articles/{id}/translation/current`) takes it off the list.
         */
        get: operations["listOutdatedTranslations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/authors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List authors */
        get: operations["listAuthors"];
        put?: never;
        /** Create an author */
        post: operations["createAuthor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/authors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an author by id or slug */
        get: operations["getAuthor"];
        /**
         * Replace an author
         * @description Fields left out return to their defaults; the slug is kept unless one is sent.
         */
        put: operations["replaceAuthor"];
        post?: never;
        /**
         * Delete an author
         * @description Answers 409 STILL_REFERENCED naming every referrer, unless `force=true` detaches them first.
         */
        delete: operations["deleteAuthor"];
        options?: never;
        head?: never;
        /** Change some fields of an author */
        patch: operations["updateAuthor"];
        trace?: never;
    };
    "/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tags articles carry
         * @description Derived from the articles, read-only: one tag per slug, however articles spell it. Counted over the articles you may see: without a token, published articles whose time has come (a tag only drafts or scheduled articles carry is not listed); a contributor's own articles besides; every article for editors and preview tokens. Keyset-paginated.
         */
        get: operations["listTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tag by slug
         * @description Counted over the articles you may see: without a token, published articles whose time has come (a tag only drafts or scheduled articles carry is not listed); a contributor's own articles besides; every article for editors and preview tokens. A tag no article you may see carries is a 404.
         */
        get: operations["getTag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the sections articles carry
         * @description Derived from the articles, read-only: one section per slug, however articles spell it. Counted over the articles you may see: without a token, published articles whose time has come (a section only drafts or scheduled articles carry is not listed); a contributor's own articles besides; every article for editors and preview tokens. Keyset-paginated.
         */
        get: operations["listSections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sections/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a section by slug
         * @description Counted over the articles you may see: without a token, published articles whose time has come (a section only drafts or scheduled articles carry is not listed); a contributor's own articles besides; every article for editors and preview tokens. A section no article you may see carries is a 404.
         */
        get: operations["getSection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List images */
        get: operations["listImages"];
        put?: never;
        /**
         * Create an image
         * @description Send JSON, or upload the file as `multipart/form-data` (a `file` part plus the other fields).
         */
        post: operations["createImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an image by id or slug */
        get: operations["getImage"];
        /**
         * Replace an image
         * @description Fields left out return to their defaults; the slug is kept unless one is sent.
         */
        put: operations["replaceImage"];
        post?: never;
        /**
         * Delete an image
         * @description Answers 409 STILL_REFERENCED naming every referrer, unless `force=true` detaches them first.
         */
        delete: operations["deleteImage"];
        options?: never;
        head?: never;
        /** Change some fields of an image */
        patch: operations["updateImage"];
        trace?: never;
    };
    "/media/{sha}.{ext}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an uploaded image file or a resized variant
         * @description The `url` and `srcset` of an uploaded image point here. Files never change (their name is the hash of their bytes): `Cache-Control: public, max-age=31536000, immutable`, a strong ETag, and single byte ranges. `w` and `format` ask for a variant, generated on first request and stored; while the server is busy with other images, or when a variant takes longer than its time budget, a 503 with `Retry-After`. Public: whoever knows the hash may fetch the file, even of a draft.
         */
        get: operations["getMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users by name */
        get: operations["listUsers"];
        put?: never;
        /** Create a user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user: name, email, role, or deactivate them
         * @description A deactivated user’s tokens stop working on their next request; a changed role applies at once. Honours `If-Match`.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API tokens of every kind (never their secrets) */
        get: operations["listTokens"];
        put?: never;
        /** Create an API token for a user */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhooks */
        get: operations["listWebhooks"];
        put?: never;
        /** Create a webhook (its secret is shown once) */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete a webhook and its delivery log */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change or re-enable a webhook */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log: newest first, with every attempt */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test event (webhook.ping) to this webhook */
        post: operations["pingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes since a cursor, in commit order
         * @description Start without `since` to read from the beginning; keep the returned `nextCursor`. Editors and admins see every change, drafts and other private ones included. Everyone else sees the public feed: the changes that were public when made, while what they are about is still public — what is withdrawn (unpublished, deleted, no longer shown) leaves it, and only its tombstone (`operation: delete`, with id and slug) stays.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search/synonyms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the synonym groups search expands words with */
        get: operations["listSynonyms"];
        put?: never;
        /** Add a synonym group: each word finds the others, below its own spelling */
        post: operations["createSynonym"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search/synonyms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a synonym group */
        get: operations["getSynonym"];
        /**
         * Replace a synonym group's words
         * @description Honours `If-Match`.
         */
        put: operations["replaceSynonym"];
        post?: never;
        /**
         * Delete a synonym group
         * @description Honours `If-Match`.
         */
        delete: operations["deleteSynonym"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feeds/rss.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RSS 2.0 feed of the newest articles
         * @description The 50 newest published articles, full content as HTML; filter by section, tag or author. Drafts and scheduled articles never appear, with or without a token.
         */
        get: operations["getRssFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feeds/feed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * JSON Feed 1.1 of the newest articles
         * @description The same articles as the RSS feed, as JSON Feed 1.1.
         */
        get: operations["getJsonFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sitemaps/news.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Google News sitemap: articles of the last two days
         * @description At most 1,000 articles published in the last 48 hours, newest first, of one locale or of all; each names its public translations as `xhtml:link` alternates (hreflang, and `x-default`).
         */
        get: operations["getNewsSitemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sitemaps/index.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sitemap index over every published article
         * @description Lists the article sitemap pages (50,000 URLs each, oldest articles first), each with when it last changed; with `locale`, the pages of that locale.
         */
        get: operations["getSitemapIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sitemaps/articles-{page}.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One page of the article sitemap
         * @description Of one locale or of all; an article with public translations names each as an `xhtml:link` alternate (hreflang, and `x-default`).
         */
        get: operations["getArticleSitemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An article's schema.org NewsArticle structured data
         * @description JSON-LD for the article page, safe to inline in an `application/ld+json` script element of the page (`<`, `>`, `&`, U+2028 and U+2029 are written as JSON Unicode escapes). `headline` is the SEO title, else the title, within 110 characters; `description` the SEO description, else the excerpt. Without a token only published articles whose time has come; a slug the article used to have answers 301.
         */
        get: operations["getArticleJsonLd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers
         * @description Always 200 while the process runs; for whether it should take traffic, see /readyz.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database takes writes, the disk has room, the worker keeps up
         * @description 503 (UNAVAILABLE, each failing check in `errors`) while the node should not take traffic: the database refuses writes, a data directory is nearly full, due webhook deliveries wait too long, or the server is shutting down.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Counts and latencies by route and status, database size, webhook backlog; no content. Keep it off the public internet.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Every required field is sent unless `fields=` narrowed the selection to the fields named (plus the embeds asked for): type such an answer as a part of this one.
         * @example {
         *       "id": "01946a4e-8c00-7a3c-9d2e-4f1a2b3c4d5e",
         *       "slug": "putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports",
         *       "locale": "en",
         *       "url": "https://example.org/news/putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports",
         *       "title": "Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports",
         *       "subtitle": null,
         *       "excerpt": "Russia will demand that Ukraine cut its ties with NATO and become \"a neutral state with a limited military\" during talks with U.S. President-elect Donald Trump, Bloomberg reported on Jan. 15, citing its sources.",
         *       "body": [
         *         {
         *           "type": "paragraph",
         *           "text": "Russia will demand that Ukraine cut its ties with NATO and become \"a neutral state with a limited military\" during talks with U.S. President-elect Donald Trump, Bloomberg reported on Jan. 15, citing its sources."
         *         }
         *       ],
         *       "bodyHtml": "<p>Russia will demand that Ukraine cut its ties with NATO and become \"a neutral state with a limited military\" during talks with U.S. President-elect Donald Trump, Bloomberg reported on Jan. 15, citing its sources.</p>",
         *       "section": "News Feed",
         *       "tags": [],
         *       "status": "published",
         *       "publishedAt": "2025-01-15T00:00:00.000Z",
         *       "readingTimeMinutes": 2,
         *       "authorIds": [
         *         "01946a4e-8c00-7b11-8c4a-1e2f3a4b5c6d"
         *       ],
         *       "featuredImageId": "01946a4e-8c00-7c22-a5b6-2f3e4d5c6b7a",
         *       "seo": {
         *         "title": null,
         *         "description": null
         *       },
         *       "createdAt": "2025-01-15T00:00:00.000Z",
         *       "updatedAt": "2025-01-15T00:00:00.000Z",
         *       "version": 1
         *     }
         */
        Article: {
            /** Format: uuid */
            id: string;
            slug: string;
            /**
             * @description The language it is written in (BCP 47).
             * @example en
             */
            locale: string;
            /**
             * @description Where readers find it on the site (ARTICLE_URL_TEMPLATE), whatever its status: a draft's future page.
             * @example https://example.org/news/putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports
             */
            url: string;
            title: string;
            subtitle: string | null;
            excerpt: string;
            /** @description Omitted from lists unless asked for with `fields`. */
            body?: components["schemas"]["Block"][];
            /** @description Rendered and sanitised; read-only. */
            bodyHtml?: string;
            section: string | null;
            tags: string[];
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            publishedAt: string | null;
            readingTimeMinutes: number;
            authorIds: string[];
            featuredImageId: string | null;
            seo: {
                title: string | null;
                description: string | null;
            };
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            updatedAt: string;
            /** @description Increases by one on every change. */
            version: number;
            /** @description The member of staff who created it (null for imported content); editors and admins only. */
            createdBy?: components["schemas"]["StaffMember"] | null;
            /** @description The member of staff who last changed it; editors and admins only. */
            updatedBy?: components["schemas"]["StaffMember"] | null;
            /** @description Of a translation: its source and whether the source changed since (null for an article that translates none); editors and admins only. */
            translation?: components["schemas"]["TranslationState"] | null;
            /** @description With `include=translations`: the other languages of the story that you may see, by locale (the article itself left out). */
            translations?: components["schemas"]["TranslationLink"][];
            /** @description With `include=authors` (or `authors.avatar`), in byline order. */
            authors?: components["schemas"]["Byline"][];
            /** @description With `include=featuredImage`. */
            featuredImage?: components["schemas"]["Image"] | null;
            /** @description With `include=related` (or `related.image`, `related.target`), in order, as the viewer may see them. */
            related?: components["schemas"]["EmbeddedRelatedLink"][];
            /** @description Search results only (with `q`): the best passage of the body as HTML, the text escaped and each match in `<mark>…</mark>`. */
            snippet?: string;
        };
        /**
         * @example {
         *       "title": "Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports",
         *       "section": "News Feed",
         *       "status": "published",
         *       "publishedAt": "2025-01-15T00:00:00.000Z",
         *       "body": [
         *         {
         *           "type": "paragraph",
         *           "text": "Russia will demand that Ukraine cut its ties with NATO and become \"a neutral state with a limited military\" during talks with U.S. President-elect Donald Trump, Bloomberg reported on Jan. 15, citing its sources."
         *         }
         *       ]
         *     }
         */
        ArticleCreateInput: {
            /** @description Unique within the locale. */
            slug?: string;
            /** @description The language it is written in, one of LOCALES: the default locale when created without one; kept by a PUT that sends none. */
            locale?: string;
            title: string;
            subtitle?: string | null;
            /** @description Defaults to the first paragraph. */
            excerpt?: string | null;
            body?: components["schemas"]["BlockInput"][];
            /** @description Markdown converted to `body` blocks; send either this or `body`. */
            bodyMarkdown?: string;
            section?: string | null;
            tags?: string[];
            /** @enum {string} */
            status?: "draft" | "published" | "archived";
            /** @description A future time with status published schedules the article. */
            publishedAt?: string | null;
            /** @description Ordered; the first is the primary author. */
            authorIds?: string[];
            featuredImageId?: string | null;
            seo?: {
                title?: string | null;
                description?: string | null;
            };
        };
        ArticleList: {
            data: components["schemas"]["Article"][];
            meta: {
                limit: number;
                nextCursor: string | null;
                total?: number;
                /** @description With `q`: false when a search has more hits than it counts (10,000), and `total` is that many. */
                totalExact?: boolean;
            };
        };
        /**
         * @example {
         *       "subtitle": "Bloomberg cites sources close to the Kremlin"
         *     }
         */
        ArticlePatchInput: {
            /** @description Unique within the locale. */
            slug?: string;
            /** @description The language it is written in, one of LOCALES: the default locale when created without one; kept by a PUT that sends none. */
            locale?: string;
            title?: string;
            subtitle?: string | null;
            /** @description Defaults to the first paragraph. */
            excerpt?: string | null;
            body?: components["schemas"]["BlockInput"][];
            /** @description Markdown converted to `body` blocks; send either this or `body`. */
            bodyMarkdown?: string;
            section?: string | null;
            tags?: string[];
            /** @enum {string} */
            status?: "draft" | "published" | "archived";
            /** @description A future time with status published schedules the article. */
            publishedAt?: string | null;
            /** @description Ordered; the first is the primary author. */
            authorIds?: string[];
            featuredImageId?: string | null;
            seo?: {
                title?: string | null;
                description?: string | null;
            };
        };
        /**
         * @example {
         *       "title": "Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports",
         *       "section": "News Feed",
         *       "status": "published",
         *       "publishedAt": "2025-01-15T00:00:00.000Z",
         *       "body": [
         *         {
         *           "type": "paragraph",
         *           "text": "Russia will demand that Ukraine cut its ties with NATO and become \"a neutral state with a limited military\" during talks with U.S. President-elect Donald Trump, Bloomberg reported on Jan. 15, citing its sources."
         *         }
         *       ]
         *     }
         */
        ArticleReplaceInput: {
            /** @description Unique within the locale. */
            slug?: string;
            /** @description The language it is written in, one of LOCALES: the default locale when created without one; kept by a PUT that sends none. */
            locale?: string;
            title: string;
            subtitle?: string | null;
            /** @description Defaults to the first paragraph. */
            excerpt?: string | null;
            body?: components["schemas"]["BlockInput"][];
            /** @description Markdown converted to `body` blocks; send either this or `body`. */
            bodyMarkdown?: string;
            section?: string | null;
            tags?: string[];
            /** @enum {string} */
            status?: "draft" | "published" | "archived";
            /** @description A future time with status published schedules the article. */
            publishedAt?: string | null;
            /** @description Ordered; the first is the primary author. */
            authorIds?: string[];
            featuredImageId?: string | null;
            seo?: {
                title?: string | null;
                description?: string | null;
            };
        };
        /** @description An article as a related link embeds it (`include=related.target`): no body, attribution or embeds. */
        ArticleTeaser: {
            /** Format: uuid */
            id: string;
            slug: string;
            /**
             * @description The language it is written in (BCP 47).
             * @example en
             */
            locale: string;
            /**
             * @description Where readers find it on the site (ARTICLE_URL_TEMPLATE), whatever its status: a draft's future page.
             * @example https://example.org/news/putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports
             */
            url: string;
            title: string;
            subtitle: string | null;
            excerpt: string;
            section: string | null;
            tags: string[];
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            publishedAt: string | null;
            readingTimeMinutes: number;
            authorIds: string[];
            featuredImageId: string | null;
            seo: {
                title: string | null;
                description: string | null;
            };
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            updatedAt: string;
            /** @description Increases by one on every change. */
            version: number;
        };
        /**
         * @example {
         *       "id": "01946a4e-8c00-7b11-8c4a-1e2f3a4b5c6d",
         *       "slug": "kateryna-hodunova",
         *       "url": "https://example.org/authors/kateryna-hodunova",
         *       "name": "Kateryna Hodunova",
         *       "role": "News Editor",
         *       "bio": "Kateryna Hodunova is a News Editor at the Kyiv Independent.",
         *       "avatarImageId": null,
         *       "links": {},
         *       "createdAt": "2025-01-15T00:00:00.000Z",
         *       "updatedAt": "2025-01-15T00:00:00.000Z",
         *       "version": 1
         *     }
         */
        Author: {
            /** Format: uuid */
            id: string;
            slug: string;
            /**
             * @description The author's page on the site (AUTHOR_URL_TEMPLATE); null when the site has no author pages.
             * @example https://example.org/authors/kateryna-hodunova
             */
            url: string | null;
            name: string;
            role: string | null;
            bio: string | null;
            avatarImageId: string | null;
            links: {
                [key: string]: string;
            };
            email?: string | null;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            updatedAt: string;
            /** @description Increases by one on every change. */
            version: number;
        };
        /**
         * @example {
         *       "name": "Kateryna Hodunova",
         *       "role": "News Editor",
         *       "bio": "Kateryna Hodunova is a News Editor at the Kyiv Independent."
         *     }
         */
        AuthorCreateInput: {
            slug?: string;
            name: string;
            role?: string | null;
            bio?: string | null;
            avatarImageId?: string | null;
            links?: {
                [key: string]: string;
            };
            email?: string | null;
        };
        AuthorList: {
            data: components["schemas"]["Author"][];
            meta: {
                limit: number;
                nextCursor: string | null;
                total?: number;
            };
        };
        AuthorPatchInput: {
            slug?: string;
            name?: string;
            role?: string | null;
            bio?: string | null;
            avatarImageId?: string | null;
            links?: {
                [key: string]: string;
            };
            email?: string | null;
        };
        AuthorReplaceInput: components["schemas"]["AuthorCreateInput"];
        Block: components["schemas"]["ParagraphBlock"] | components["schemas"]["HeadingBlock"] | components["schemas"]["QuoteBlock"] | components["schemas"]["ListBlock"] | components["schemas"]["ImageBlock"] | components["schemas"]["EmbedBlock"];
        BlockInput: components["schemas"]["ParagraphBlockInput"] | components["schemas"]["HeadingBlockInput"] | components["schemas"]["QuoteBlockInput"] | components["schemas"]["ListBlockInput"] | components["schemas"]["ImageBlockInput"] | components["schemas"]["EmbedBlockInput"];
        Byline: {
            /** Format: uuid */
            id: string;
            slug: string;
            /**
             * @description The author's page on the site (AUTHOR_URL_TEMPLATE); null when the site has no author pages.
             * @example https://example.org/authors/kateryna-hodunova
             */
            url: string | null;
            name: string;
            role: string | null;
            bio: string | null;
            avatarImageId: string | null;
            links: {
                [key: string]: string;
            };
            email?: string | null;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            updatedAt: string;
            /** @description Increases by one on every change. */
            version: number;
            /** @description With `include=authors.avatar`. */
            avatar?: components["schemas"]["Image"] | null;
        };
        Change: {
            eventId: string;
            /** @example article.published */
            type: string;
            /** @enum {string} */
            resource: "article" | "author" | "image" | "relatedLink" | "synonym";
            id: string;
            /**
             * @description `upsert`: `data` is the representation; `delete`: a tombstone (id, slug).
             * @enum {string}
             */
            operation: "upsert" | "delete";
            occurredAt: string;
            data: {
                [key: string]: unknown;
            };
        };
        ChangeList: {
            data: components["schemas"]["Change"][];
            meta: {
                limit: number;
                /** @description Pass as `since` next time; stays valid across restarts. */
                nextCursor: string;
            };
        };
        /**
         * @example {
         *       "id": "01946a4e-8c00-7f55-b6c7-3a4b5c6d7e91",
         *       "name": "frontend preview",
         *       "kind": "preview",
         *       "user": {
         *         "id": "01946a4e-8c00-7e44-b6c7-3a4b5c6d7e90",
         *         "name": "Frontend",
         *         "role": "editor",
         *         "active": true
         *       },
         *       "createdAt": "2025-01-15T00:00:00.000Z",
         *       "expiresAt": "2025-04-15T00:00:00.000Z",
         *       "lastUsedAt": null,
         *       "revokedAt": null,
         *       "token": "nd_…"
         *     }
         */
        CreatedToken: {
            id: string;
            /** @description What the token is for (a label). */
            name: string;
            /**
             * @description `write`: acts with its user's role. `preview`: reads drafts and scheduled articles, writes nothing.
             * @enum {string}
             */
            kind: "write" | "preview";
            user: {
                id: string;
                name: string;
                /** @enum {string} */
                role: "contributor" | "editor" | "admin";
                active: boolean;
            };
            createdAt: string;
            expiresAt: string | null;
            /** @description Recorded in batches: up to a minute late. */
            lastUsedAt: string | null;
            revokedAt: string | null;
            /** @description The secret: shown once, never again. */
            token: string;
        };
        CreatedWebhook: {
            /** Format: uuid */
            id: string;
            url: string;
            eventTypes: string[];
            section: string | null;
            enabled: boolean;
            disabledReason: string | null;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            updatedAt: string;
            /** @description Increases by one on every change. */
            version: number;
            /** @description Signing secret (Standard Webhooks `whsec_…`): shown once. */
            secret: string;
        };
        EmbedBlock: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "embed";
            /** Format: uri */
            url: string;
            title?: string;
            caption?: string;
        };
        EmbedBlockInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "embed";
            /** Format: uri */
            url: string;
            title?: string;
            caption?: string;
        };
        EmbeddedRelatedLink: {
            /** Format: uuid */
            id: string;
            articleId: string;
            position: number;
            /** @enum {string} */
            kind: "related" | "read-more";
            targetArticleId: string | null;
            url: string | null;
            title: string | null;
            excerpt: string | null;
            imageId: string | null;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            updatedAt: string;
            /** @description Increases by one on every change. */
            version: number;
            /** @description With `include=related.image`. */
            image?: components["schemas"]["Image"] | null;
            /** @description With `include=related.target`: the internal article it leads to (null for an external link or a teaser without a destination). */
            target?: components["schemas"]["ArticleTeaser"] | null;
        };
        HeadingBlock: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "heading";
            /** @enum {integer} */
            level: 2 | 3 | 4;
            text: string;
        };
        HeadingBlockInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "heading";
            /** @enum {integer} */
            level: 2 | 3 | 4;
            text: string;
        };
        /**
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /**
             * @constant
             * @enum {string}
             */
            status: "ok";
        };
        /**
         * @example {
         *       "id": "01946a4e-8c00-7c22-a5b6-2f3e4d5c6b7a",
         *       "slug": "putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports",
         *       "url": "https://assets.example.org/putin-2024-07-08.jpg",
         *       "alt": "Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports",
         *       "caption": "Russian President Vladimir Putin smiles during his meeting …",
         *       "credit": "Contributor/Getty Images",
         *       "width": null,
         *       "height": null,
         *       "mimeType": null,
         *       "bytes": null,
         *       "copyright": null,
         *       "license": null,
         *       "sourceUrl": null,
         *       "rightsExpiresAt": null,
         *       "rightsExpired": false,
         *       "srcset": [],
         *       "createdAt": "2025-01-15T00:00:00.000Z",
         *       "updatedAt": "2025-01-15T00:00:00.000Z",
         *       "version": 1
         *     }
         */
        Image: {
            /** Format: uuid */
            id: string;
            slug: string;
            url: string | null;
            alt: string;
            caption: string | null;
            credit: string | null;
            width: number | null;
            height: number | null;
            mimeType: string | null;
            bytes: number | null;
            copyright: string | null;
            license: string | null;
            sourceUrl: string | null;
            rightsExpiresAt: string | null;
            /** @description Whether `rightsExpiresAt` has passed: the image may no longer be published. */
            rightsExpired: boolean;
            /** @description Resized variants of an uploaded image, ready for `srcset` and `<picture>`; empty for an external image. */
            srcset: {
                /** @description The variant's width in pixels (never more than the original's). */
                width: number;
                /** @enum {string} */
                format: "webp" | "avif" | "jpeg";
                /** @example /media/9f2b5c0e4d1a7b3c6e8f0a2d4c6b8e1f3a5c7e9b0d2f4a6c8e0b2d4f6a8c0e2f.jpg?w=640&format=webp */
                url: string;
            }[];
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            updatedAt: string;
            /** @description Increases by one on every change. */
            version: number;
        };
        ImageBlock: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image";
            /** Format: uuid */
            imageId: string;
            caption?: string;
        };
        ImageBlockInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image";
            /** Format: uuid */
            imageId: string;
            caption?: string;
        };
        /**
         * @example {
         *       "url": "https://assets.example.org/putin-2024-07-08.jpg",
         *       "alt": "Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports",
         *       "caption": "Russian President Vladimir Putin smiles during his meeting …",
         *       "credit": "Contributor/Getty Images"
         *     }
         */
        ImageCreateInput: {
            slug?: string;
            /** @description Where the file is; null while only the metadata is known. */
            url?: string | null;
            /** @default  */
            alt?: string;
            caption?: string | null;
            credit?: string | null;
            width?: number | null;
            height?: number | null;
            mimeType?: string | null;
            bytes?: number | null;
            /** @example © 2024 Getty Images */
            copyright?: string | null;
            /** @example Editorial use only */
            license?: string | null;
            sourceUrl?: string | null;
            /** @description After this time the image may no longer be published. */
            rightsExpiresAt?: string | null;
        };
        ImageList: {
            data: components["schemas"]["Image"][];
            meta: {
                limit: number;
                nextCursor: string | null;
                total?: number;
            };
        };
        ImagePatchInput: {
            slug?: string;
            /** Format: uri */
            url?: string;
            alt?: string;
            caption?: string | null;
            credit?: string | null;
            width?: number | null;
            height?: number | null;
            mimeType?: string | null;
            bytes?: number | null;
            /** @example © 2024 Getty Images */
            copyright?: string | null;
            /** @example Editorial use only */
            license?: string | null;
            sourceUrl?: string | null;
            /** @description After this time the image may no longer be published. */
            rightsExpiresAt?: string | null;
        };
        ImageReplaceInput: components["schemas"]["ImageCreateInput"];
        /**
         * @description An image file and its metadata. An empty field counts as not sent.
         * @example {
         *       "file": "(the image file)",
         *       "alt": "Kyiv at night",
         *       "credit": "Photo Desk",
         *       "copyright": "© 2025 Newsdesk",
         *       "license": "Editorial use only"
         *     }
         */
        ImageUploadInput: {
            /**
             * Format: binary
             * @description The image: JPEG, PNG, WebP, AVIF or GIF. Its bytes decide the format, size and dimensions.
             */
            file: string;
            slug?: string;
            /** @default  */
            alt?: string;
            caption?: string | null;
            credit?: string | null;
            /** @example © 2024 Getty Images */
            copyright?: string | null;
            /** @example Editorial use only */
            license?: string | null;
            sourceUrl?: string | null;
            /** @description After this time the image may no longer be published. */
            rightsExpiresAt?: string | null;
        };
        /**
         * @description A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/).
         * @example {
         *       "version": "https://jsonfeed.org/version/1.1",
         *       "title": "Newsdesk",
         *       "home_page_url": "https://www.example.org",
         *       "feed_url": "https://www.example.org/v1/feeds/feed.json",
         *       "description": "The latest articles from Newsdesk",
         *       "language": "en",
         *       "authors": [
         *         {
         *           "name": "Newsdesk",
         *           "url": "https://www.example.org"
         *         }
         *       ],
         *       "items": [
         *         {
         *           "id": "01946a4e-8c00-7a3c-9d2e-4f1a2b3c4d5e",
         *           "url": "https://www.example.org/news/putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports",
         *           "title": "Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports",
         *           "content_html": "<p>Russia will demand that Ukraine cut its ties with NATO and become \"a neutral state with a limited military\" during talks with U.S. President-elect Donald Trump, Bloomberg reported on Jan. 15, citing its sources.</p>",
         *           "summary": "Russia will demand that Ukraine cut its ties with NATO and become \"a neutral state with a limited military\" during talks with U.S. President-elect Donald Trump, Bloomberg reported on Jan. 15, citing its sources.",
         *           "image": "https://assets.example.org/putin-2024-07-08.jpg",
         *           "date_published": "2025-01-15T00:00:00.000Z",
         *           "date_modified": "2025-01-15T00:00:00.000Z",
         *           "authors": [
         *             {
         *               "name": "Kateryna Hodunova"
         *             }
         *           ],
         *           "tags": [
         *             "News Feed"
         *           ],
         *           "language": "en"
         *         }
         *       ]
         *     }
         */
        JsonFeed: {
            /**
             * @constant
             * @enum {string}
             */
            version: "https://jsonfeed.org/version/1.1";
            title: string;
            home_page_url: string;
            feed_url: string;
            description: string;
            language: string;
            icon?: string;
            authors: {
                name: string;
                url?: string;
                avatar?: string;
            }[];
            items: {
                id: string;
                url: string;
                title: string;
                content_html: string;
                summary?: string;
                image?: string;
                date_published: string;
                date_modified: string;
                authors?: {
                    name: string;
                    url?: string;
                    avatar?: string;
                }[];
                tags?: string[];
                /** @description The article's locale. */
                language: string;
            }[];
        };
        ListBlock: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "list";
            /** @enum {string} */
            style: "ordered" | "unordered";
            items: string[];
        };
        ListBlockInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "list";
            /** @enum {string} */
            style: "ordered" | "unordered";
            items: string[];
        };
        /**
         * @description schema.org NewsArticle structured data (JSON-LD) for the article page.
         * @example {
         *       "@context": "https://schema.org",
         *       "@type": "NewsArticle",
         *       "headline": "Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports",
         *       "description": "Russia will demand that Ukraine cut its ties with NATO and become \"a neutral state with a limited military\" during talks with U.S. President-elect Donald Trump, Bloomberg reported on Jan. 15, citing its sources.",
         *       "url": "https://www.example.org/news/putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports",
         *       "mainEntityOfPage": {
         *         "@type": "WebPage",
         *         "@id": "https://www.example.org/news/putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports"
         *       },
         *       "image": [
         *         {
         *           "@type": "ImageObject",
         *           "url": "https://assets.example.org/putin-2024-07-08.jpg",
         *           "caption": "Russian President Vladimir Putin smiles during his meeting …",
         *           "creditText": "Contributor/Getty Images"
         *         }
         *       ],
         *       "author": [
         *         {
         *           "@type": "Person",
         *           "name": "Kateryna Hodunova",
         *           "jobTitle": "News Editor"
         *         }
         *       ],
         *       "datePublished": "2025-01-15T00:00:00.000Z",
         *       "dateModified": "2025-01-15T00:00:00.000Z",
         *       "publisher": {
         *         "@type": "Organization",
         *         "name": "Newsdesk",
         *         "url": "https://www.example.org"
         *       },
         *       "articleSection": "News Feed",
         *       "keywords": [],
         *       "inLanguage": "en",
         *       "wordCount": 421
         *     }
         */
        NewsArticleJsonLd: {
            /**
             * @constant
             * @enum {string}
             */
            "@context": "https://schema.org";
            /**
             * @constant
             * @enum {string}
             */
            "@type": "NewsArticle";
            headline: string;
            description?: string;
            url: string;
            mainEntityOfPage: {
                /**
                 * @constant
                 * @enum {string}
                 */
                "@type": "WebPage";
                "@id": string;
            };
            image?: {
                /**
                 * @constant
                 * @enum {string}
                 */
                "@type": "ImageObject";
                url: string;
                contentUrl?: string;
                caption?: string;
                description?: string;
                creditText?: string;
                copyrightNotice?: string;
                license?: string;
                width?: number;
                height?: number;
            }[];
            author: {
                /**
                 * @constant
                 * @enum {string}
                 */
                "@type": "Person";
                name: string;
                jobTitle?: string;
                url?: string;
                sameAs?: string[];
            }[];
            datePublished?: string;
            dateModified: string;
            publisher: {
                /**
                 * @constant
                 * @enum {string}
                 */
                "@type": "Organization";
                name: string;
                url: string;
                logo?: {
                    /**
                     * @constant
                     * @enum {string}
                     */
                    "@type": "ImageObject";
                    url: string;
                    contentUrl?: string;
                    caption?: string;
                    description?: string;
                    creditText?: string;
                    copyrightNotice?: string;
                    license?: string;
                    width?: number;
                    height?: number;
                };
            };
            articleSection?: string;
            keywords?: string[];
            /** @description The article's locale (BCP 47). */
            inLanguage: string;
            wordCount: number;
            /** @description Of a story's source: its public translations. */
            workTranslation?: {
                /**
                 * @constant
                 * @enum {string}
                 */
                "@type": "NewsArticle";
                "@id": string;
                url: string;
                inLanguage: string;
            }[];
            /** @description Of a translation: its public source. */
            translationOfWork?: {
                /**
                 * @constant
                 * @enum {string}
                 */
                "@type": "NewsArticle";
                "@id": string;
                url: string;
                inLanguage: string;
            };
        };
        OutdatedTranslationList: {
            data: components["schemas"]["Article"][];
            meta: {
                limit: number;
                nextCursor: string | null;
            };
        };
        ParagraphBlock: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "paragraph";
            /** @description Text with inline Markdown (links, emphasis). */
            text: string;
        };
        ParagraphBlockInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "paragraph";
            /** @description Text with inline Markdown (links, emphasis). */
            text: string;
        };
        /**
         * @description RFC 9457 problem details.
         * @example {
         *       "type": "urn:newsdesk:problem:validation-failed",
         *       "title": "Your request is not valid",
         *       "status": 400,
         *       "detail": "title: Too small: expected string to have >=1 characters",
         *       "code": "VALIDATION_FAILED",
         *       "instance": "/v1/articles",
         *       "requestId": "0b9c6c1e-3f4a-4d5b-9e8f-7a6b5c4d3e2f",
         *       "errors": [
         *         {
         *           "path": "title",
         *           "message": "Too small: expected string to have >=1 characters"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @example urn:newsdesk:problem:validation-failed */
            type: string;
            title: string;
            status: number;
            detail: string;
            /**
             * @description Stable machine-readable error code: switch on it.
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "INVALID_CURSOR" | "UNAUTHENTICATED" | "FORBIDDEN" | "ROUTE_NOT_FOUND" | "ARTICLE_NOT_FOUND" | "AUTHOR_NOT_FOUND" | "IMAGE_NOT_FOUND" | "RELATED_LINK_NOT_FOUND" | "TOKEN_NOT_FOUND" | "USER_NOT_FOUND" | "REVISION_NOT_FOUND" | "MEDIA_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "DELIVERY_NOT_FOUND" | "SYNONYM_NOT_FOUND" | "TAG_NOT_FOUND" | "SECTION_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "NOT_ACCEPTABLE" | "REQUEST_TIMEOUT" | "SLUG_TAKEN" | "TRANSLATION_EXISTS" | "NOT_A_TRANSLATION" | "EMAIL_TAKEN" | "STILL_REFERENCED" | "LAST_ADMIN" | "PRECONDITION_FAILED" | "IDEMPOTENCY_KEY_REUSED" | "PAYLOAD_TOO_LARGE" | "IMAGE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_IMAGE" | "RANGE_NOT_SATISFIABLE" | "EXPECTATION_FAILED" | "INVALID_IMAGE" | "RATE_LIMITED" | "HEADERS_TOO_LARGE" | "REQUEST_REFUSED" | "INTERNAL" | "INSUFFICIENT_STORAGE" | "UNAVAILABLE";
            /** @description The request target; absent when the request could not be parsed. */
            instance?: string;
            /**
             * @description The request id, also sent as `X-Request-Id` and written in every log line of the request.
             * @example 0b9c6c1e-3f4a-4d5b-9e8f-7a6b5c4d3e2f
             */
            requestId: string;
            errors?: {
                path: string;
                message: string;
            }[];
            /** @description What still uses the resource (409 STILL_REFERENCED). */
            referrers?: {
                type: string;
                id: string;
                slug?: string;
            }[];
        };
        QuoteBlock: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "quote";
            /** @description Text with inline Markdown (links, emphasis). */
            text: string;
            attribution?: string;
        };
        QuoteBlockInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "quote";
            /** @description Text with inline Markdown (links, emphasis). */
            text: string;
            attribution?: string;
        };
        /**
         * @example {
         *       "status": "ready"
         *     }
         */
        Readiness: {
            /**
             * @constant
             * @enum {string}
             */
            status: "ready";
        };
        /**
         * @example {
         *       "id": "01946a4e-8c00-7d33-b6c7-3a4b5c6d7e8f",
         *       "articleId": "01946a4e-8c00-7a3c-9d2e-4f1a2b3c4d5e",
         *       "position": 0,
         *       "kind": "related",
         *       "targetArticleId": null,
         *       "url": "https://kyivindependent.com/will-europe-put-boots-on-the-ground-for-peace-in-ukraine/",
         *       "title": "Will Europe put ‘boots on the ground’ for peace in Ukraine? We asked top Nordic, Baltic officials",
         *       "excerpt": null,
         *       "imageId": null,
         *       "createdAt": "2025-01-15T00:00:00.000Z",
         *       "updatedAt": "2025-01-15T00:00:00.000Z",
         *       "version": 1
         *     }
         */
        RelatedLink: {
            /** Format: uuid */
            id: string;
            articleId: string;
            position: number;
            /** @enum {string} */
            kind: "related" | "read-more";
            targetArticleId: string | null;
            url: string | null;
            title: string | null;
            excerpt: string | null;
            imageId: string | null;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            updatedAt: string;
            /** @description Increases by one on every change. */
            version: number;
        };
        /**
         * @example {
         *       "kind": "related",
         *       "url": "https://kyivindependent.com/will-europe-put-boots-on-the-ground-for-peace-in-ukraine/",
         *       "title": "Will Europe put ‘boots on the ground’ for peace in Ukraine? We asked top Nordic, Baltic officials"
         *     }
         */
        RelatedLinkCreateInput: {
            /**
             * @default related
             * @enum {string}
             */
            kind?: "related" | "read-more";
            /** @description An internal article; give this or `url` (or neither, for a teaser without a destination yet). */
            targetArticleId?: string | null;
            url?: string | null;
            title?: string | null;
            excerpt?: string | null;
            imageId?: string | null;
            /** @description Defaults to the end of the list. */
            position?: number;
        };
        /** @description The whole ordered list; positions follow the array order. */
        RelatedLinkListInput: {
            /**
             * @default related
             * @enum {string}
             */
            kind?: "related" | "read-more";
            /** @description An internal article; give this or `url` (or neither, for a teaser without a destination yet). */
            targetArticleId?: string | null;
            url?: string | null;
            title?: string | null;
            excerpt?: string | null;
            imageId?: string | null;
        }[];
        RelatedLinkPatchInput: {
            /** @enum {string} */
            kind?: "related" | "read-more";
            /** @description An internal article; give this or `url` (or neither, for a teaser without a destination yet). */
            targetArticleId?: string | null;
            url?: string | null;
            title?: string | null;
            excerpt?: string | null;
            imageId?: string | null;
            position?: number;
        };
        RelatedLinks: {
            data: components["schemas"]["RelatedLink"][];
        };
        Revision: {
            number: number;
            createdAt: string;
            /** @description Who made this version (null for imported content); left out for viewers who see no private fields. */
            createdBy?: components["schemas"]["StaffMember"] | null;
            article: components["schemas"]["Article"];
        };
        RevisionList: {
            data: {
                number: number;
                createdAt: string;
                /** @description Who made this version (null for imported content); left out for viewers who see no private fields. */
                createdBy?: components["schemas"]["StaffMember"] | null;
            }[];
        };
        /**
         * @example {
         *       "slug": "news-feed",
         *       "name": "News Feed",
         *       "count": {
         *         "articles": 240
         *       }
         *     }
         */
        Section: {
            /** @description The section's name as a slug: what its URL and the article filters use. */
            slug: string;
            /** @description The section as articles spell it (of several spellings with one slug, the most used). */
            name: string;
            count: {
                /** @description The articles carrying the section that you may see. */
                articles: number;
            };
        };
        SectionList: {
            data: components["schemas"]["Section"][];
            meta: {
                limit: number;
                nextCursor: string | null;
                total?: number;
            };
        };
        StaffMember: {
            id: string;
            name: string;
        };
        /**
         * @example {
         *       "id": "01946a2e-5c1f-7d3a-9b2e-0a1b2c3d4e5f",
         *       "terms": [
         *         "Kyiv",
         *         "Kiev",
         *         "Київ"
         *       ],
         *       "createdAt": "2025-01-15T00:00:00.000Z",
         *       "updatedAt": "2025-01-15T00:00:00.000Z",
         *       "version": 1
         *     }
         */
        Synonym: {
            /** Format: uuid */
            id: string;
            terms: string[];
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            updatedAt: string;
            /** @description Increases by one on every change. */
            version: number;
        };
        SynonymList: {
            data: components["schemas"]["Synonym"][];
            meta: {
                limit: number;
                nextCursor: string | null;
            };
        };
        /**
         * @example {
         *       "terms": [
         *         "Kyiv",
         *         "Kiev",
         *         "Київ"
         *       ]
         *     }
         */
        SynonymTermsInput: {
            /** @description Words that are to find each other, as the newsroom spells them. */
            terms: string[];
        };
        /**
         * @example {
         *       "slug": "nato",
         *       "name": "NATO",
         *       "count": {
         *         "articles": 12
         *       }
         *     }
         */
        Tag: {
            /** @description The tag's name as a slug: what its URL and the article filters use. */
            slug: string;
            /** @description The tag as articles spell it (of several spellings with one slug, the most used). */
            name: string;
            count: {
                /** @description The articles carrying the tag that you may see. */
                articles: number;
            };
        };
        TagList: {
            data: components["schemas"]["Tag"][];
            meta: {
                limit: number;
                nextCursor: string | null;
                total?: number;
            };
        };
        /**
         * @example {
         *       "id": "01946a4e-8c00-7f55-b6c7-3a4b5c6d7e91",
         *       "name": "frontend preview",
         *       "kind": "preview",
         *       "user": {
         *         "id": "01946a4e-8c00-7e44-b6c7-3a4b5c6d7e90",
         *         "name": "Frontend",
         *         "role": "editor",
         *         "active": true
         *       },
         *       "createdAt": "2025-01-15T00:00:00.000Z",
         *       "expiresAt": "2025-04-15T00:00:00.000Z",
         *       "lastUsedAt": null,
         *       "revokedAt": null
         *     }
         */
        Token: {
            id: string;
            /** @description What the token is for (a label). */
            name: string;
            /**
             * @description `write`: acts with its user's role. `preview`: reads drafts and scheduled articles, writes nothing.
             * @enum {string}
             */
            kind: "write" | "preview";
            user: {
                id: string;
                name: string;
                /** @enum {string} */
                role: "contributor" | "editor" | "admin";
                active: boolean;
            };
            createdAt: string;
            expiresAt: string | null;
            /** @description Recorded in batches: up to a minute late. */
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        /**
         * @example {
         *       "userId": "01946a4e-8c00-7e44-b6c7-3a4b5c6d7e90",
         *       "name": "frontend preview",
         *       "kind": "preview",
         *       "expiresAt": "2025-04-15T00:00:00Z"
         *     }
         */
        TokenCreateInput: {
            /**
             * Format: uuid
             * @description The user the token acts for (POST /v1/users makes one).
             */
            userId: string;
            name: string;
            /**
             * @default write
             * @enum {string}
             */
            kind?: "write" | "preview";
            /** @description After this time the token answers 401. */
            expiresAt?: string | null;
        };
        TokenList: {
            data: components["schemas"]["Token"][];
        };
        /**
         * @example {
         *       "locale": "uk",
         *       "title": "Путін вимагатиме, щоб Україна ніколи не вступала до НАТО, пише Bloomberg",
         *       "status": "draft"
         *     }
         */
        TranslationCreateInput: {
            /** @description Unique within the locale. */
            slug?: string;
            /** @description A configured locale (LOCALES; by default en, uk). */
            locale: string;
            title: string;
            subtitle?: string | null;
            /** @description Defaults to the first paragraph. */
            excerpt?: string | null;
            body?: components["schemas"]["BlockInput"][];
            /** @description Markdown converted to `body` blocks; send either this or `body`. */
            bodyMarkdown?: string;
            section?: string | null;
            tags?: string[];
            /** @enum {string} */
            status?: "draft" | "published" | "archived";
            /** @description A future time with status published schedules the article. */
            publishedAt?: string | null;
            /** @description Ordered; the first is the primary author. */
            authorIds?: string[];
            featuredImageId?: string | null;
            seo?: {
                title?: string | null;
                description?: string | null;
            };
        };
        TranslationLink: {
            /** Format: uuid */
            id: string;
            locale: string;
            slug: string;
            /**
             * @description Where readers find it on the site (ARTICLE_URL_TEMPLATE), whatever its status: a draft's future page.
             * @example https://example.org/news/putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports
             */
            url: string;
            title: string;
        };
        TranslationList: {
            data: components["schemas"]["Article"][];
        };
        TranslationState: {
            /** Format: uuid */
            sourceId: string;
            /** @description The version of the source it was made from, or last marked current against. */
            sourceVersion: number;
            /**
             * @description `outdated` once the source has a later version.
             * @enum {string}
             */
            status: "current" | "outdated";
            sourceCurrentVersion: number;
            /** @description The source's revisions, to compare what changed since `sourceVersion`. */
            diff: string;
        };
        /**
         * @example {
         *       "id": "01946a4e-8c00-7e44-b6c7-3a4b5c6d7e90",
         *       "name": "Kateryna Hodunova",
         *       "email": "k.hodunova@example.org",
         *       "role": "editor",
         *       "active": true,
         *       "createdAt": "2025-01-15T00:00:00.000Z",
         *       "updatedAt": "2025-01-15T00:00:00.000Z",
         *       "version": 1
         *     }
         */
        User: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string | null;
            /** @enum {string} */
            role: "contributor" | "editor" | "admin";
            active: boolean;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            updatedAt: string;
            /** @description Increases by one on every change. */
            version: number;
        };
        /**
         * @example {
         *       "name": "Kateryna Hodunova",
         *       "email": "k.hodunova@example.org",
         *       "role": "editor"
         *     }
         */
        UserCreateInput: {
            /** @description Display name, shown in attribution. */
            name: string;
            /** @description Unique among users. */
            email?: string | null;
            /** @enum {string} */
            role: "contributor" | "editor" | "admin";
            /** @description False deactivates the user: their tokens stop working at once. */
            active?: boolean;
        };
        UserList: {
            data: components["schemas"]["User"][];
            meta: {
                limit: number;
                nextCursor: string | null;
                total?: number;
            };
        };
        /**
         * @example {
         *       "active": false
         *     }
         */
        UserPatchInput: {
            /** @description Display name, shown in attribution. */
            name?: string;
            /** @description Unique among users. */
            email?: string | null;
            /** @enum {string} */
            role?: "contributor" | "editor" | "admin";
            /** @description False deactivates the user: their tokens stop working at once. */
            active?: boolean;
        };
        Webhook: {
            /** Format: uuid */
            id: string;
            url: string;
            eventTypes: string[];
            section: string | null;
            enabled: boolean;
            disabledReason: string | null;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-01-15T00:00:00.000Z
             */
            updatedAt: string;
            /** @description Increases by one on every change. */
            version: number;
        };
        /**
         * @example {
         *       "url": "https://frontend.example.org/api/revalidate",
         *       "eventTypes": [
         *         "article.published",
         *         "article.updated"
         *       ]
         *     }
         */
        WebhookCreateInput: {
            /**
             * @description http(s); internal addresses are refused unless WEBHOOK_ALLOW_PRIVATE=true.
             * @example https://frontend.example.org/api/revalidate
             */
            url: string;
            /**
             * @description Empty means every event.
             * @default []
             */
            eventTypes?: ("article.created" | "article.updated" | "article.published" | "article.unpublished" | "article.deleted" | "article.translation.outdated" | "author.created" | "author.updated" | "author.deleted" | "image.created" | "image.updated" | "image.deleted" | "relatedLink.created" | "relatedLink.updated" | "relatedLink.deleted" | "synonym.created" | "synonym.updated" | "synonym.deleted")[];
            /** @description Only article events of this section (and events without a section). */
            section?: string | null;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            nextAttemptAt: string | null;
            lastStatus: number | null;
            lastError: string | null;
            lastLatencyMs: number | null;
            createdAt: string;
            log: {
                number: number;
                at: string;
                status: number | null;
                latencyMs: number;
                error: string | null;
            }[];
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
        };
        WebhookList: {
            data: components["schemas"]["Webhook"][];
        };
        WebhookPatchInput: {
            /**
             * @description http(s); internal addresses are refused unless WEBHOOK_ALLOW_PRIVATE=true.
             * @example https://frontend.example.org/api/revalidate
             */
            url?: string;
            /**
             * @description Empty means every event.
             * @default []
             */
            eventTypes?: ("article.created" | "article.updated" | "article.published" | "article.unpublished" | "article.deleted" | "article.translation.outdated" | "author.created" | "author.updated" | "author.deleted" | "image.created" | "image.updated" | "image.deleted" | "relatedLink.created" | "relatedLink.updated" | "relatedLink.deleted" | "synonym.created" | "synonym.updated" | "synonym.deleted")[];
            /** @description Only article events of this section (and events without a section). */
            section?: string | null;
            enabled?: boolean;
        };
    };
    responses: never;
    parameters: {
        /** @description Read by slug: the locales the reader prefers (RFC 9110 q-values), e.g. `uk, en;q=0.5`. */
        AcceptLanguage: string;
        /**
         * @description Any unique string (a UUID): a retry with the same key and body within 24 hours returns the first answer (with `Idempotent-Replayed: true`) and creates nothing; the same key with another body is a 422.
         * @example 5f0c7d1e-2b7a-4c47-9a57-3f1f8a0d6c2e
         */
        IdempotencyKey: string;
        /**
         * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
         * @example "v3-1ukbm0xq9z2hd"
         */
        IfMatch: string;
        /**
         * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
         * @example "v3-1ukbm0xq9z2hd"
         */
        IfNoneMatch: string;
        /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
        XRequestId: string;
    };
    requestBodies: never;
    headers: {
        /** @description Public reads `public, max-age=…, stale-while-revalidate=…`; anything read with a token `private, no-store`; uploaded files `public, max-age=31536000, immutable`; problems and redirects `no-store`. */
        CacheControl: string;
        /** @description A strong validator of this representation. A resource's ETag starts with its version (`"v3-…"`): send it back as `If-None-Match` to revalidate a read, as `If-Match` to change that version and no other. */
        ETag: string;
        /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key`. */
        IdempotentReplayed: "true";
        /** @description The URL of what was created (201), or the current URL of a renamed article (301). */
        Location: string;
        /** @description Seconds to wait before trying again. */
        RetryAfter: string;
        /** @description Seconds to wait before trying again, when the server knows: a busy image queue or a variant over its time budget say; readiness does not. */
        RetryAfterIfKnown: string;
        /** @description This request's id: the `X-Request-Id` sent, when it is 1–128 visible ASCII characters, else a new one. The same as a problem's `requestId` and the `reqId` of the request's log lines. */
        XRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listArticles: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor`. */
                cursor?: string;
                /** @description Adds `meta.total`. */
                count?: "true" | "false";
                /** @description Embeds in the same response (one statement whatever the page size), at most 2 levels deep: `authors.avatar` each byline's picture, `related.image` each link's picture, `related.target` the article a link leads to (as a teaser); a nested name brings its parent along. Comma-separated: authors, authors.avatar, featuredImage, related, related.image, related.target, translations. */
                include?: string;
                /** @description Comma-separated: id, slug, locale, url, title, subtitle, excerpt, body, bodyHtml, section, tags, status, publishedAt, readingTimeMinutes, authorIds, featuredImageId, seo, createdAt, updatedAt, version, createdBy, updatedBy, translation. */
                fields?: string;
                status?: "draft" | "published" | "archived";
                /** @description Only articles in this locale. */
                locale?: string;
                /** @description A section by slug or name, in any case (`world` finds "World"). */
                section?: string;
                /** @description Any of these tags, by slug or name, in any case (`ukraine` finds "Ukraine"), comma-separated (`ukraine,nato`; at most 10). */
                tag?: string;
                /** @description All of these tags, by slug or name, in any case (`ukraine` finds "Ukraine"), comma-separated (`ukraine,nato`; at most 10). */
                allTags?: string;
                /** @description Author id or slug. */
                author?: string;
                /** @description Published after: a date-time (exclusive), or a date, meaning from the start of that UTC day on (inclusive). */
                publishedAfter?: string;
                /** @description Published before: a date-time (exclusive), or a date, meaning before the start of that UTC day (exclusive): `publishedAfter=2026-11-30&publishedBefore=2026-12-01` is 30 November. */
                publishedBefore?: string;
                /** @description Full-text search over title, subtitle, excerpt and body: every word must match, the last one as a prefix too; text in double quotes is a phrase. Case and accents are ignored, a word also finds its other spellings (Latin and Cyrillic, one edit on words of five letters or more, the newsroom's synonyms) below the exact ones, and operators are plain words. Each result carries a `snippet`. */
                q?: string;
                /** @description Default `-publishedAt`, or `relevance` with `q`. */
                sort?: "-publishedAt" | "publishedAt" | "-updatedAt" | "title" | "relevance";
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid; INVALID_CURSOR: The cursor is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createArticle: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID): a retry with the same key and body within 24 hours returns the first answer (with `Idempotent-Replayed: true`) and creates nothing; the same key with another body is a 422.
                 * @example 5f0c7d1e-2b7a-4c47-9a57-3f1f8a0d6c2e
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleCreateInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SLUG_TAKEN: The slug is already taken */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: {
                /** @description Embeds in the same response (one statement whatever the page size), at most 2 levels deep: `authors.avatar` each byline's picture, `related.image` each link's picture, `related.target` the article a link leads to (as a teaser); a nested name brings its parent along. Comma-separated: authors, authors.avatar, featuredImage, related, related.image, related.target, translations. */
                include?: string;
                /** @description Comma-separated: id, slug, locale, url, title, subtitle, excerpt, body, bodyHtml, section, tags, status, publishedAt, readingTimeMinutes, authorIds, featuredImageId, seo, createdAt, updatedAt, version, createdBy, updatedBy, translation. */
                fields?: string;
                /** @description The translation in this locale of the article named (a 404 when it has none you may see); without it, a slug shared by several locales is read in the best of `Accept-Language`, else the default locale. */
                locale?: string;
            };
            header?: {
                /** @description Read by slug: the locales the reader prefers (RFC 9110 q-values), e.g. `uk, en;q=0.5`. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id, or the slug (a former slug redirects to the current URL). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description The slug was retired: `Location` names the current URL. */
            301: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    Location: components["headers"]["Location"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceArticle: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleReplaceInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SLUG_TAKEN: The slug is already taken */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteArticle: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateArticle: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticlePatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SLUG_TAKEN: The slug is already taken */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleRevisions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleRevision: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Revision"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found; REVISION_NOT_FOUND: Revision not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreArticleRevision: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found; REVISION_NOT_FOUND: Revision not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleTranslations: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranslationList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createArticleTranslation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID): a retry with the same key and body within 24 hours returns the first answer (with `Idempotent-Replayed: true`) and creates nothing; the same key with another body is a 422.
                 * @example 5f0c7d1e-2b7a-4c47-9a57-3f1f8a0d6c2e
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranslationCreateInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SLUG_TAKEN: The slug is already taken; TRANSLATION_EXISTS: The story already has a version in this locale */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markArticleTranslationCurrent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_A_TRANSLATION: The article is not a translation */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRelatedLinks: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedLinks"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceRelatedLinks: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelatedLinkListInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedLinks"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addRelatedLink: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID): a retry with the same key and body within 24 hours returns the first answer (with `Idempotent-Replayed: true`) and creates nothing; the same key with another body is a 422.
                 * @example 5f0c7d1e-2b7a-4c47-9a57-3f1f8a0d6c2e
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelatedLinkCreateInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedLink"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRelatedLink: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
                linkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found; RELATED_LINK_NOT_FOUND: Related link not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRelatedLink: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
                linkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelatedLinkPatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedLink"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found; RELATED_LINK_NOT_FOUND: Related link not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutdatedTranslations: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor`. */
                cursor?: string;
                /** @description Only translations in this locale. */
                locale?: string;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutdatedTranslationList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid; INVALID_CURSOR: The cursor is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuthors: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor`. */
                cursor?: string;
                /** @description Adds `meta.total`. */
                count?: "true" | "false";
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid; INVALID_CURSOR: The cursor is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAuthor: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID): a retry with the same key and body within 24 hours returns the first answer (with `Idempotent-Replayed: true`) and creates nothing; the same key with another body is a 422.
                 * @example 5f0c7d1e-2b7a-4c47-9a57-3f1f8a0d6c2e
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorCreateInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Author"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SLUG_TAKEN: The slug is already taken */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthor: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id, or the slug (a former slug redirects to the current URL). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Author"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description AUTHOR_NOT_FOUND: Author not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceAuthor: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorReplaceInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Author"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description AUTHOR_NOT_FOUND: Author not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SLUG_TAKEN: The slug is already taken */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAuthor: {
        parameters: {
            query?: {
                /** @description Detach every referrer before deleting. */
                force?: "true" | "false";
            };
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description AUTHOR_NOT_FOUND: Author not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STILL_REFERENCED: The resource is still in use */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAuthor: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorPatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Author"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description AUTHOR_NOT_FOUND: Author not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SLUG_TAKEN: The slug is already taken */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTags: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor`. */
                cursor?: string;
                /** @description Adds `meta.total`. */
                count?: "true" | "false";
                /** @description Only the articles in this locale (one of LOCALES) are counted, and name the terms. */
                locale?: string;
                /** @description Default `slug` (A to Z), or `-count`: the most articles first, then by slug. */
                sort?: "slug" | "-count";
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid; INVALID_CURSOR: The cursor is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTag: {
        parameters: {
            query?: {
                /** @description Only the articles in this locale (one of LOCALES) are counted, and name the terms. */
                locale?: string;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tag"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description TAG_NOT_FOUND: Tag not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSections: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor`. */
                cursor?: string;
                /** @description Adds `meta.total`. */
                count?: "true" | "false";
                /** @description Only the articles in this locale (one of LOCALES) are counted, and name the terms. */
                locale?: string;
                /** @description Default `slug` (A to Z), or `-count`: the most articles first, then by slug. */
                sort?: "slug" | "-count";
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid; INVALID_CURSOR: The cursor is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSection: {
        parameters: {
            query?: {
                /** @description Only the articles in this locale (one of LOCALES) are counted, and name the terms. */
                locale?: string;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Section"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SECTION_NOT_FOUND: Section not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImages: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor`. */
                cursor?: string;
                /** @description Adds `meta.total`. */
                count?: "true" | "false";
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid; INVALID_CURSOR: The cursor is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID): a retry with the same key and body within 24 hours returns the first answer (with `Idempotent-Replayed: true`) and creates nothing; the same key with another body is a 422.
                 * @example 5f0c7d1e-2b7a-4c47-9a57-3f1f8a0d6c2e
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageCreateInput"];
                "multipart/form-data": components["schemas"]["ImageUploadInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Image"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SLUG_TAKEN: The slug is already taken */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large; IMAGE_TOO_LARGE: The image is too large to process */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type; UNSUPPORTED_IMAGE: The file is not an image in an accepted format */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_IMAGE: The image is truncated or corrupt; IDEMPOTENCY_KEY_REUSED: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAVAILABLE: Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfterIfKnown"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id, or the slug (a former slug redirects to the current URL). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Image"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IMAGE_NOT_FOUND: Image not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageReplaceInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Image"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IMAGE_NOT_FOUND: Image not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SLUG_TAKEN: The slug is already taken */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteImage: {
        parameters: {
            query?: {
                /** @description Detach every referrer before deleting. */
                force?: "true" | "false";
            };
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IMAGE_NOT_FOUND: Image not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description STILL_REFERENCED: The resource is still in use */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImagePatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Image"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IMAGE_NOT_FOUND: Image not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SLUG_TAKEN: The slug is already taken */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMedia: {
        parameters: {
            query?: {
                /** @description Width of the variant in pixels (never more than the original's). */
                w?: "320" | "640" | "960" | "1280" | "1920";
                /** @description Convert the variant to this format; the original's format by default. */
                format?: "webp" | "avif" | "jpeg";
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The SHA-256 of the stored file. */
                sha: string;
                ext: "jpg" | "png" | "webp" | "avif" | "gif";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "image/avif": string;
                    "image/gif": string;
                };
            };
            /** @description The requested byte range (`Content-Range` says which) */
            206: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "image/avif": string;
                    "image/gif": string;
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description MEDIA_NOT_FOUND: Media file not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RANGE_NOT_SATISFIABLE: The requested range is not satisfiable */
            416: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAVAILABLE: Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfterIfKnown"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor`. */
                cursor?: string;
                /** @description Adds `meta.total`. */
                count?: "true" | "false";
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid; INVALID_CURSOR: The cursor is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreateInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description EMAIL_TAKEN: Another user has this email address */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description USER_NOT_FOUND: User not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description USER_NOT_FOUND: User not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description EMAIL_TAKEN: Another user has this email address; LAST_ADMIN: The newsroom would be left without an active admin */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: {
                /** @description Only this user's tokens. */
                userId?: string;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreateInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedToken"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description USER_NOT_FOUND: User not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description TOKEN_NOT_FOUND: Token not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreateInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WEBHOOK_NOT_FOUND: Webhook not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WEBHOOK_NOT_FOUND: Webhook not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WEBHOOK_NOT_FOUND: Webhook not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WEBHOOK_NOT_FOUND: Webhook not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WEBHOOK_NOT_FOUND: Webhook not found; DELIVERY_NOT_FOUND: Delivery not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pingWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WEBHOOK_NOT_FOUND: Webhook not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                since?: string;
                limit?: number;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid; INVALID_CURSOR: The cursor is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSynonyms: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `meta.nextCursor`. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SynonymList"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid; INVALID_CURSOR: The cursor is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSynonym: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Any unique string (a UUID): a retry with the same key and body within 24 hours returns the first answer (with `Idempotent-Replayed: true`) and creates nothing; the same key with another body is a 422.
                 * @example 5f0c7d1e-2b7a-4c47-9a57-3f1f8a0d6c2e
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SynonymTermsInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Synonym"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSynonym: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Synonym"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SYNONYM_NOT_FOUND: Synonym group not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceSynonym: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SynonymTermsInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Synonym"];
                };
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SYNONYM_NOT_FOUND: Synonym group not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: The request body is too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: Unsupported content type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSynonym: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN: Your role does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SYNONYM_NOT_FOUND: Synonym group not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PRECONDITION_FAILED: The resource has changed since you read it */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_STORAGE: The server is out of storage: reads go on, writes wait for room */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRssFeed: {
        parameters: {
            query?: {
                /** @description Only articles in this locale (one of LOCALES). */
                locale?: string;
                /** @description A section by slug or name, in any case (`world` finds "World"). */
                section?: string;
                /** @description Any of these tags, by slug or name, in any case (`ukraine` finds "Ukraine"), comma-separated (`ukraine,nato`; at most 10). */
                tag?: string;
                /** @description All of these tags, by slug or name, in any case (`ukraine` finds "Ukraine"), comma-separated (`ukraine,nato`; at most 10). */
                allTags?: string;
                /** @description Only articles by this author (id or slug). */
                author?: string;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An RSS 2.0 document */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJsonFeed: {
        parameters: {
            query?: {
                /** @description Only articles in this locale (one of LOCALES). */
                locale?: string;
                /** @description A section by slug or name, in any case (`world` finds "World"). */
                section?: string;
                /** @description Any of these tags, by slug or name, in any case (`ukraine` finds "Ukraine"), comma-separated (`ukraine,nato`; at most 10). */
                tag?: string;
                /** @description All of these tags, by slug or name, in any case (`ukraine` finds "Ukraine"), comma-separated (`ukraine,nato`; at most 10). */
                allTags?: string;
                /** @description Only articles by this author (id or slug). */
                author?: string;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JSON Feed 1.1 document */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/feed+json": components["schemas"]["JsonFeed"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNewsSitemap: {
        parameters: {
            query?: {
                /** @description Only articles in this locale (one of LOCALES). */
                locale?: string;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Google News sitemap */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSitemapIndex: {
        parameters: {
            query?: {
                /** @description Only articles in this locale (one of LOCALES). */
                locale?: string;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A sitemap index */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleSitemap: {
        parameters: {
            query?: {
                /** @description Only articles in this locale (one of LOCALES). */
                locale?: string;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                page: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A sitemap */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ROUTE_NOT_FOUND: No such endpoint */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleJsonLd: {
        parameters: {
            query?: {
                /** @description The translation in this locale of the article named; without it, by slug the default locale’s. */
                locale?: string;
            };
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path: {
                /** @description The id, or the slug (a former slug redirects to the current URL). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description schema.org NewsArticle as JSON-LD */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": components["schemas"]["NewsArticleJsonLd"];
                };
            };
            /** @description The slug was retired: `Location` names the current URL. */
            301: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    Location: components["headers"]["Location"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ARTICLE_NOT_FOUND: Article not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAVAILABLE: Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfterIfKnown"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.
                 * @example "v3-1ukbm0xq9z2hd"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
                /** @description An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id. */
                "X-Request-Id"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: Your request is not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED: A valid bearer token is required */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
