// `npm run openapi`: rewrites openapi.yaml from the routes' schemas.
import { writeFile } from 'node:fs/promises';
import { generateOpenApiYaml, openApiPath } from './openapi-doc.js';

await writeFile(openApiPath, await generateOpenApiYaml());
console.log(`Wrote ${openApiPath}`);
