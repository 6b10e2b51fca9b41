import { uuidv7 } from 'uuidv7';

export const newId = (): string => uuidv7();
let last = { ms: Number.NaN, iso: '' };
/** The time as ISO 8601 in UTC; a request asks several times within one millisecond. */
export const nowIso = (): string => {
  const ms = Date.now();
  if (ms !== last.ms) last = { ms, iso: new Date(ms).toISOString() };
  return last.iso;
};
