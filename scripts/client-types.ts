// The typed client's types are generated, never written: openapi-typescript reads the committed
// openapi.yaml and writes clients/typescript/src/schema.ts. `npm run client` rewrites it;
// test/client.test.ts compares the committed file against it, as it does openapi.yaml.
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiPath } from './openapi-doc.js';

export const clientTypesPath = fileURLToPath(new URL('../clients/typescript/src/schema.ts', import.meta.url));

const header = `// Generated from openapi.yaml by \`npm run client\` (openapi-typescript): do not edit.\n\n`;

export async function generateClientTypes(): Promise<string> {
  // A field with a default is optional to send: the server fills it in.
  const ast = await openapiTS(new URL(`file://${openApiPath}`), { defaultNonNullable: false, silent: true });
  return header + astToString(ast);
}
