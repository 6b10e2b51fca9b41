// Optimistic concurrency. Resource ETags start with the version they describe (`"v3-…"`), so
// an If-Match header names the version the client last saw, whichever query shaped its copy.
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/** Whether a write may go ahead given the current version; absent header means yes. */
export type Precondition = (currentVersion: number) => boolean;

export const versionPrefix = (version: number): string => `v${version}-`;

export function preconditionOf(request: FastifyRequest): Precondition | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  if (header.trim() === '*') return () => true;
  const versions = header
    .split(',')
    .map((tag) => /^"v(\d+)-[^"]*"$/.exec(tag.trim())?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number);
  return (current) => versions.includes(current);
}

export function checkPrecondition(precondition: Precondition | undefined, currentVersion: number): void {
  if (precondition && !precondition(currentVersion)) {
    throw new AppError(
      'PRECONDITION_FAILED',
      `The resource is at version ${currentVersion}; your If-Match names another. Read it again and reapply your change.`,
    );
  }
}
