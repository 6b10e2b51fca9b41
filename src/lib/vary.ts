// Vary is a list that several layers add to (CORS adds Origin, caching adds Authorization): each
// adds its field to what is there, never replacing it, so a shared cache keeps one answer per
// origin and per audience.
import type { FastifyReply } from 'fastify';

export function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const fields = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (fields.includes('*') || fields.some((name) => name.toLowerCase() === field.toLowerCase())) return;
  reply.header('vary', [...fields, field].join(', '));
}
