import { createNewsdeskClient, fromCache } from '../src/index.js';

// A frontend's article page: the story with its bylines and their avatars' ids, lead image and
// related teasers in one request; rendered again, it is revalidated (If-None-Match → 304).
export async function articlePage(baseUrl: string, slug: string) {
  const api = createNewsdeskClient({ baseUrl }); // no token: what the public sees
  const read = () =>
    api.GET('/v1/articles/{id}', {
      params: { path: { id: slug }, query: { include: 'authors,featuredImage,related' } },
    });
  const { data: article, error } = await read();
  if (error) throw new Error(`${error.code}: ${error.detail} (request ${error.requestId})`);
  const again = await read(); // sends its ETag; the 304 is answered with the copy kept
  return {
    title: article.title,
    bylines: article.authors?.map((author) => author.name) ?? [],
    image: article.featuredImage && { src: article.featuredImage.url, alt: article.featuredImage.alt },
    teasers: article.related?.map((link) => ({ title: link.title, href: link.url })) ?? [],
    revalidated: fromCache(again.response) && again.data?.version === article.version,
  };
}
