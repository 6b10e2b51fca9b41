import { createNewsdeskClient, fromCache } from '../src/index.js';

// A frontend's article page in one request: the story, its bylines with their avatars, the lead
// image and the related teasers with their pictures and the articles they lead to (nested
// includes); every image URL is absolute. Rendered again, it is revalidated (If-None-Match → 304).
export async function articlePage(baseUrl: string, slug: string) {
  const api = createNewsdeskClient({ baseUrl }); // no token: what the public sees
  const include = 'authors.avatar,featuredImage,related.image,related.target';
  const read = () => api.GET('/v1/articles/{id}', { params: { path: { id: slug }, query: { include } } });
  const { data: article, error } = await read();
  if (error) throw new Error(`${error.code}: ${error.detail} (request ${error.requestId})`);
  const again = await read(); // sends its ETag; the 304 is answered with the copy kept
  const picture = (image: { url: string | null; alt: string } | null | undefined) =>
    image?.url ? { src: image.url, alt: image.alt } : null;
  return {
    title: article.title,
    url: article.url,
    bylines: article.authors?.map((author) => ({
      name: author.name,
      href: author.url,
      avatar: picture(author.avatar),
    })),
    image: picture(article.featuredImage),
    teasers: article.related?.map((link) => ({
      title: link.title ?? link.target?.title ?? null,
      href: link.url ?? link.target?.url ?? null,
      image: picture(link.image),
    })),
    revalidated: fromCache(again.response) && again.data?.version === article.version,
  };
}
