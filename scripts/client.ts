// `npm run client`: rewrites the typed client's types from openapi.yaml.
import { writeFile } from 'node:fs/promises';
import { clientTypesPath, generateClientTypes } from './client-types.js';

await writeFile(clientTypesPath, await generateClientTypes());
console.log(`Wrote ${clientTypesPath}`);
