// Feeds, sitemaps and structured data. XML documents are sent as strings with their own media
// type (no JSON serialiser touches them); the caching plugin gives them ETags like any GET.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SiteConfig } from '../../config.js';
import { AppError } from '../../lib/errors.js';
import { idOrSlugParams, problemResponses } from '../../lib/http-schemas.js';
import { currentSlugFor, movedTo } from '../articles/index.js';
import { channelFor, toJsonFeed, toRss } from './feeds.js';
import { inlineSafeJson, toNewsArticle } from './jsonld.js';
import {
  FEED_SIZE,
  feedQuery,
  jsonFeedSchema,
  jsonLdQuery,
  mediaTypes,
  newsArticleJsonLd,
  newsSitemapDocument,
  rssDocument,
  sitemapDocument,
  sitemapIndexDocument,
  sitemapPageParams,
  sitemapQuery,
} from './schema.js';
import {
  articleForJsonLd,
  type Distribution,
  latestArticles,
  recentlyPublished,
  sitemapPage,
  sitemapPages,
} from './service.js';
import { newsSitemapXml, sitemapIndexXml, sitemapXml } from './sitemaps.js';

const tags = ['distribution'];
const utf8 = (mediaType: string): string => `${mediaType}; charset=utf-8`;
const document = <T extends z.ZodType>(mediaType: string, description: string, schema: T) => ({
  description,
  content: { [mediaType]: { schema } },
});
const redirect = z.null().meta({ description: 'The slug was retired: `Location` names the current URL.' });

export async function distributionRoutes(fastify: FastifyInstance, options: { site: SiteConfig }) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { site } = options;
  const d: Distribution = { ctx: app.ctx, site, links: app.ctx.links };

  app.get('/feeds/rss.xml', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'getRssFeed',
      summary: 'RSS 2.0 feed of the newest articles',
      description: `The ${FEED_SIZE} newest published articles, full content as HTML; filter by section, tag or author. Drafts and scheduled articles never appear, with or without a token.`,
      querystring: feedQuery,
      response: {
        200: document(mediaTypes.rss, 'An RSS 2.0 document', rssDocument),
        ...problemResponses('UNAUTHENTICATED'),
      },
    },
    handler: async (request, reply) => {
      const channel = channelFor(site, d.links, '/v1/feeds/rss.xml', request.query);
      return reply
        .type(utf8(mediaTypes.rss))
        .send(toRss(site, d.links, channel, await latestArticles(d, request.query)));
    },
  });

  app.get('/feeds/feed.json', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'getJsonFeed',
      summary: 'JSON Feed 1.1 of the newest articles',
      description: 'The same articles as the RSS feed, as JSON Feed 1.1.',
      querystring: feedQuery,
      response: {
        200: document(mediaTypes.jsonFeed, 'A JSON Feed 1.1 document', jsonFeedSchema),
        ...problemResponses('UNAUTHENTICATED'),
      },
    },
    handler: async (request, reply) => {
      const channel = channelFor(site, d.links, '/v1/feeds/feed.json', request.query);
      return reply
        .type(utf8(mediaTypes.jsonFeed))
        .send(toJsonFeed(site, d.links, channel, await latestArticles(d, request.query)));
    },
  });

  app.get('/sitemaps/news.xml', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'getNewsSitemap',
      summary: 'Google News sitemap: articles of the last two days',
      description:
        'At most 1,000 articles published in the last 48 hours, newest first, of one locale or of all; each names its public translations as `xhtml:link` alternates (hreflang, and `x-default`).',
      querystring: sitemapQuery,
      response: {
        200: document(mediaTypes.xml, 'A Google News sitemap', newsSitemapDocument),
        ...problemResponses('UNAUTHENTICATED'),
      },
    },
    handler: async (request, reply) =>
      reply.type(utf8(mediaTypes.xml)).send(newsSitemapXml(site, d.links, await recentlyPublished(d, request.query))),
  });

  app.get('/sitemaps/index.xml', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'getSitemapIndex',
      summary: 'Sitemap index over every published article',
      description:
        'Lists the article sitemap pages (50,000 URLs each, oldest articles first), each with when it last changed; with `locale`, the pages of that locale.',
      querystring: sitemapQuery,
      response: {
        200: document(mediaTypes.xml, 'A sitemap index', sitemapIndexDocument),
        ...problemResponses('UNAUTHENTICATED'),
      },
    },
    handler: async (request, reply) =>
      reply
        .type(utf8(mediaTypes.xml))
        .send(sitemapIndexXml(d.links, await sitemapPages(d, request.query), request.query.locale)),
  });

  app.get('/sitemaps/articles-:page.xml', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'getArticleSitemap',
      summary: 'One page of the article sitemap',
      description:
        'Of one locale or of all; an article with public translations names each as an `xhtml:link` alternate (hreflang, and `x-default`).',
      params: sitemapPageParams,
      querystring: sitemapQuery,
      response: {
        200: document(mediaTypes.xml, 'A sitemap', sitemapDocument),
        ...problemResponses('UNAUTHENTICATED', 'ROUTE_NOT_FOUND'),
      },
    },
    handler: async (request, reply) =>
      reply
        .type(utf8(mediaTypes.xml))
        .send(sitemapXml(d.links, await sitemapPage(d, request.params.page, request.query))),
  });

  app.get('/articles/:idOrSlug/jsonld', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'getArticleJsonLd',
      summary: "An article's schema.org NewsArticle structured data",
      description:
        'JSON-LD for the article page, safe to inline in an `application/ld+json` script element of the page (`<`, `>`, `&`, U+2028 and U+2029 ' +
        'are written as JSON Unicode escapes). `headline` is the SEO title, else the title, within 110 characters; `description` the SEO description, ' +
        'else the excerpt. Without a token only published articles whose time has come; a slug the article used to have answers 301.',
      params: idOrSlugParams,
      querystring: jsonLdQuery,
      response: {
        200: document(mediaTypes.jsonLd, 'schema.org NewsArticle as JSON-LD', newsArticleJsonLd),
        301: redirect,
        ...problemResponses('UNAUTHENTICATED', 'ARTICLE_NOT_FOUND'),
      },
    },
    handler: async (request, reply) => {
      const { idOrSlug } = request.params;
      const { locale } = request.query;
      const subject = await articleForJsonLd(d, idOrSlug, request.viewer, locale);
      if (!subject) {
        const current = await currentSlugFor(d.ctx, idOrSlug, request.viewer, locale);
        if (!current) throw new AppError('ARTICLE_NOT_FOUND', `No article has the id or slug '${idOrSlug}'`);
        return (reply as FastifyReply)
          .code(301)
          .header(
            'location',
            movedTo(request.url, `/v1/articles/${current.slug}/jsonld`, current.locale, d.ctx.locales.default),
          )
          .send();
      }
      reply.header('content-language', subject.row.locale);
      // Sent as the string it is: the JSON serialiser would undo the escapes.
      return (reply as FastifyReply)
        .type(utf8(mediaTypes.jsonLd))
        .send(inlineSafeJson(toNewsArticle(site, d.links, subject)));
    },
  });
}
