// The one way the OpenAPI document is produced: build the app (in-memory database, no listen),
// let the routes register, and serialise what @fastify/swagger collected. `npm run openapi`
// writes it to openapi.yaml; test/openapi.test.ts compares the committed file against it.
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';

export const openApiPath = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

/** The document as an object, exactly as /openapi.json serves it. */
export async function generateOpenApiDocument(): Promise<Record<string, unknown>> {
  const app = await buildApp(testConfig());
  try {
    await app.ready();
    // A JSON round trip drops undefined values, as the HTTP response would.
    return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** The document as YAML: key order as produced, no timestamps, no line folding. */
export async function generateOpenApiYaml(): Promise<string> {
  return stringify(await generateOpenApiDocument(), { lineWidth: 0, aliasDuplicateObjects: false });
}
