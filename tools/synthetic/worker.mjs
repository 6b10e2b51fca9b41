// Worker thread of tools/synthetic/corpus.ts: builds article rows (the CPU-heavy text and HTML work)
// while the main thread writes. Plain JavaScript so it starts without a TypeScript loader;
// tsx's scoped import then loads the generator itself.
import { tsImport } from 'tsx/esm/api';

const { serveBuildRequests } = await tsImport('./corpus.ts', import.meta.url);
serveBuildRequests();
