import { createNewsdeskClient, etagOf, idempotencyKey } from '../src/index.js';

// An editor's create-publish-correct: a create retried with its Idempotency-Key makes one
// article; every change names the version it was made against (If-Match), so a stale one is
// refused with a typed 412 problem and changes nothing.
export async function createPublishCorrect(baseUrl: string, token: string) {
  const api = createNewsdeskClient({ baseUrl, token });
  const key = idempotencyKey();
  const create = () =>
    api.POST('/v1/articles', {
      params: { header: { 'Idempotency-Key': key } },
      body: { title: 'Ceasefire talks resume', bodyMarkdown: 'Negotiators met in Geneva on Monday.' },
    });
  const draft = await create();
  const retried = await create(); // after a timeout, say: the same article, not a second one
  if (!draft.data) throw new Error(draft.error.detail);
  const id = draft.data.id;
  const change = (ifMatch: string | undefined, body: { status?: 'published'; title?: string }) =>
    api.PATCH('/v1/articles/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch } }, body });
  const published = await change(etagOf(draft), { status: 'published' });
  const stale = await change(etagOf(draft), { title: 'Ceasefire talks resume in Geneva' }); // 412
  const corrected = await change(etagOf(published), { title: 'Ceasefire talks resume in Geneva' });
  return { draft, retried, published, stale, corrected };
}
