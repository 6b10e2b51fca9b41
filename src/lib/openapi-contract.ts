// The HTTP protocol around the routes, stated in the OpenAPI document from the rules the code
// follows: what every GET does (the caching plugin: ETag, Cache-Control, If-None-Match → 304),
// what a declared If-Match or Idempotency-Key brings (412, 422, the ETag of the version written,
// replays), what every response and problem carries (X-Request-Id, Cache-Control, Retry-After),
// and what a full disk does to any write (507). Routes declare only what differs between them:
// their request headers (`schema.headers`), statuses and bodies. test/contract.test.ts drives
// every operation and holds what the server sends to what this says.
// (Over 300 lines on purpose: one document's worth of protocol, read top to bottom.)
import { STATUS_CODES } from 'node:http';
import { type ErrorCode, errorCatalogue } from './errors.js';

type Json = Record<string, unknown>;
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Json } & Json;
type Response = { description: string; headers?: Record<string, Json>; content?: Record<string, Json> };
type Operation = {
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: Json;
  responses: Record<string, Response>;
} & Json;
export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas?: Record<string, Json>; parameters?: Record<string, Json>; headers?: Record<string, Json> };
} & Json;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const PROBLEM = 'application/problem+json';

/** Response headers, as components: each operation's responses refer to the ones they carry. */
const responseHeaders = {
  ETag: {
    description:
      'A strong validator of this representation. A resource\'s ETag starts with its version (`"v3-…"`): send it back as `If-None-Match` to revalidate a read, as `If-Match` to change that version and no other.',
    required: true,
    schema: { type: 'string', example: '"v3-1ukbm0xq9z2hd"' },
  },
  CacheControl: {
    description:
      'Public reads `public, max-age=…, stale-while-revalidate=…`; anything read with a token `private, no-store`; uploaded files `public, max-age=31536000, immutable`; problems and redirects `no-store`.',
    required: true,
    schema: { type: 'string', example: 'public, max-age=60, stale-while-revalidate=300' },
  },
  Location: {
    description: 'The URL of what was created (201), or the current URL of a renamed article (301).',
    required: true,
    schema: { type: 'string', example: '/v1/articles/01946a4e-8c00-7a3c-9d2e-4f1a2b3c4d5e' },
  },
  RetryAfter: {
    description: 'Seconds to wait before trying again.',
    required: true,
    schema: { type: 'string', pattern: '^[0-9]+$', example: '60' },
  },
  RetryAfterIfKnown: {
    description:
      'Seconds to wait before trying again, when the server knows: a busy image queue or a variant over its time budget say; readiness does not.',
    required: false,
    schema: { type: 'string', pattern: '^[0-9]+$', example: '2' },
  },
  XRequestId: {
    description:
      "This request's id: the `X-Request-Id` sent, when it is 1–128 visible ASCII characters, else a new one. The same as a problem's `requestId` and the `reqId` of the request's log lines.",
    required: true,
    schema: { type: 'string', example: '0b9c6c1e-3f4a-4d5b-9e8f-7a6b5c4d3e2f' },
  },
  IdempotentReplayed: {
    description: '`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`.',
    required: false,
    schema: { type: 'string', enum: ['true'] },
  },
} satisfies Record<string, Json>;
type HeaderName = keyof typeof responseHeaders;
const headerNames: Record<HeaderName, string> = {
  ETag: 'ETag',
  CacheControl: 'Cache-Control',
  Location: 'Location',
  RetryAfter: 'Retry-After',
  RetryAfterIfKnown: 'Retry-After',
  XRequestId: 'X-Request-Id',
  IdempotentReplayed: 'Idempotent-Replayed',
};

/** Request headers every operation of a kind takes; a route's own (`schema.headers`) join them here. */
const requestParameters: Record<string, Parameter> = {
  XRequestId: {
    name: 'X-Request-Id',
    in: 'header',
    required: false,
    description:
      'An id to trace this request by (1–128 visible ASCII characters): echoed in `X-Request-Id`, problems and the log. Anything else is replaced by a new id.',
    schema: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[\\x21-\\x7e]+$' },
  },
  IfNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description:
      'The `ETag` of the copy you hold (or several, or `*`): while it is still current the answer is a 304 without a body.',
    schema: { type: 'string' },
    example: '"v3-1ukbm0xq9z2hd"',
  },
};

/** `if-match` → `If-Match`: header names as the HTTP specifications spell them. */
const canonical = (name: string) =>
  name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-');
const ref = (section: 'parameters' | 'headers' | 'schemas', name: string) => ({
  $ref: `#/components/${section}/${name}`,
});

/** Adds a problem to its status's response, or the response when the operation had none. */
function addProblem(operation: Operation, code: ErrorCode): void {
  const { status, title } = errorCatalogue[code];
  const existing = operation.responses[status];
  const line = `${code}: ${title}`;
  if (!existing) {
    operation.responses[status] = {
      description: line,
      content: { [PROBLEM]: { schema: ref('schemas', 'Problem') } },
    };
  } else if (!existing.description.split('; ').some((entry) => entry.startsWith(`${code}:`))) {
    existing.description = `${existing.description}; ${line}`;
  }
}

/** The headers each response of an operation carries, by the rules in this file's first lines. */
function responseHeadersOf(method: string, status: number, response: Response, honours: Set<string>): HeaderName[] {
  const names: HeaderName[] = ['XRequestId'];
  if (response.content?.[PROBLEM]) {
    names.push('CacheControl');
    if (status === 429 || status === 507) names.push('RetryAfter');
    if (status === 503) names.push('RetryAfterIfKnown');
    return names;
  }
  if (method === 'get') {
    if (status === 200 || status === 206 || status === 304) names.push('ETag', 'CacheControl');
    if (status === 301) names.push('Location', 'CacheControl');
    return names;
  }
  if (status === 201) names.push('Location');
  if (status >= 200 && status < 300 && response.content) {
    // Writes that honour a precondition or a key answer with the version they wrote (If-Match's next value).
    if (honours.has('If-Match') || honours.has('Idempotency-Key')) names.push('ETag');
    if (honours.has('Idempotency-Key')) names.push('IdempotentReplayed');
  }
  return names;
}

function completeOperation(method: string, operation: Operation, parameters: Record<string, Json>): void {
  /** The request headers the route declares it honours. */
  const honours = new Set<string>();
  const own = (operation.parameters ?? []).map((parameter) => {
    if (!('in' in parameter) || parameter.in !== 'header') return parameter;
    // A route's declared request header becomes a shared component under its canonical name.
    const name = canonical(parameter.name);
    const key = name.replaceAll('-', '');
    const { example, ...schema } = parameter.schema ?? {};
    const component = {
      name,
      in: 'header',
      required: parameter.required ?? false,
      description: parameter.description,
      schema,
      ...(example === undefined ? {} : { example }),
    };
    if (parameters[key] && JSON.stringify(parameters[key]) !== JSON.stringify(component))
      throw new Error(`Two routes declare the ${name} header differently`);
    parameters[key] = component;
    honours.add(name);
    return ref('parameters', key);
  });
  const shared = method === 'get' ? ['IfNoneMatch', 'XRequestId'] : ['XRequestId'];
  for (const key of shared) parameters[key] = requestParameters[key]!;
  operation.parameters = [...own, ...shared.map((key) => ref('parameters', key))];

  // A bad token is refused on every route, public ones included (plugins/auth.ts).
  addProblem(operation, 'UNAUTHENTICATED');
  // A body is read by the server's parsers before any route: too large, or of a type it does not read.
  if (operation.requestBody) {
    addProblem(operation, 'PAYLOAD_TOO_LARGE');
    addProblem(operation, 'UNSUPPORTED_MEDIA_TYPE');
  }
  if (method === 'get') {
    operation.responses[304] = {
      description: 'Not modified: `If-None-Match` named the current `ETag`. No body; keep using your copy.',
    };
  } else {
    // Any write may meet a full disk: nothing is changed, and reads go on (plugins/errors.ts).
    addProblem(operation, 'INSUFFICIENT_STORAGE');
  }
  if (honours.has('If-Match')) addProblem(operation, 'PRECONDITION_FAILED');
  if (honours.has('Idempotency-Key')) addProblem(operation, 'IDEMPOTENCY_KEY_REUSED');

  for (const [status, response] of Object.entries(operation.responses)) {
    // @fastify/swagger's placeholder for a response the route did not describe: its status's name instead.
    if (response.description === 'Default Response') response.description = STATUS_CODES[status] ?? status;
    const names = responseHeadersOf(method, Number(status), response, honours);
    response.headers = {
      ...response.headers,
      ...Object.fromEntries(names.map((name) => [headerNames[name], ref('headers', name)])),
    };
  }
}

const pascal = (text: string) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/**
 * A `oneOf` whose branches all fix the same required property to a constant (a Zod
 * discriminatedUnion) gets OpenAPI's `discriminator` with a `mapping`: each branch becomes a
 * component named after its constant (`heading` of `Block` → `HeadingBlock`), which is what
 * generators for OpenAPI 3.0 need to keep each branch's own fields.
 */
function addDiscriminators(schemas: Record<string, Json>): void {
  for (const [name, schema] of Object.entries(schemas)) {
    const branches = schema.oneOf as Json[] | undefined;
    if (!Array.isArray(branches) || schema.discriminator) continue;
    const resolved = branches.map((branch) =>
      typeof branch.$ref === 'string' ? schemas[branch.$ref.split('/').pop()!] : branch,
    );
    const constantOf = (branch: Json | undefined, property: string) => {
      const value = (branch?.properties as Record<string, Json> | undefined)?.[property]?.const;
      return typeof value === 'string' && (branch?.required as string[] | undefined)?.includes(property)
        ? value
        : undefined;
    };
    const candidates = Object.keys((resolved[0]?.properties as Json | undefined) ?? {});
    const property = candidates.find((key) => resolved.every((branch) => constantOf(branch, key) !== undefined));
    if (!property) continue;
    const mapping: Record<string, string> = {};
    schema.oneOf = branches.map((branch, index) => {
      const value = constantOf(resolved[index], property)!;
      if (typeof branch.$ref === 'string') {
        mapping[value] = branch.$ref;
        return branch;
      }
      const variant = `${pascal(value)}${name}`;
      if (schemas[variant]) throw new Error(`${variant} is already a schema of its own`);
      schemas[variant] = branch;
      mapping[value] = ref('schemas', variant).$ref;
      return ref('schemas', variant);
    });
    schema.discriminator = { propertyName: property, mapping };
  }
}

/**
 * Spellings older tools read: `const` also as a one-value `enum`, and a union of constants of
 * one type as an `enum` (a heading's `level` is `2 | 3 | 4`, not three schemas). Zod's bounds
 * of a safe integer say nothing about the API and are left out.
 */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (!node || typeof node !== 'object') return node;
  const schema = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'example' || key === 'examples' ? value : simplify(value),
    ]),
  ) as Json;
  const union = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (
    Array.isArray(union) &&
    union.length > 1 &&
    union.every(
      (branch) => 'const' in branch && Object.keys(branch).every((key) => ['type', 'const', 'enum'].includes(key)),
    ) &&
    new Set(union.map((branch) => branch.type)).size === 1
  ) {
    const { anyOf: _anyOf, oneOf: _oneOf, ...rest } = schema;
    const values = union.map((branch) => branch.const);
    const integers = values.every((value) => Number.isInteger(value));
    return { ...rest, type: union[0]!.type === 'number' && integers ? 'integer' : union[0]!.type, enum: values };
  }
  if ('const' in schema && !('enum' in schema)) schema.enum = [schema.const];
  if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
  return schema;
}

/** The document with the protocol stated: parameters, statuses and headers the rules above give. */
export function completeContract(document: OpenApiDocument): OpenApiDocument {
  const parameters: Record<string, Json> = {};
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) completeOperation(method, operation, parameters);
    }
  }
  const schemas = { ...document.components.schemas };
  addDiscriminators(schemas);
  const sorted = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  return simplify({
    ...document,
    components: {
      ...document.components,
      schemas: sorted(schemas),
      parameters: sorted(parameters),
      headers: sorted(responseHeaders),
    },
  }) as OpenApiDocument;
}
