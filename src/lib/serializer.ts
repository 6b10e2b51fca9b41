// Responses are serialised by fast-json-stringify from the JSON Schema of each route's Zod
// response schema: the declared shape is enforced (unknown keys, such as private columns,
// never leave) without re-validating every response with Zod on the hot path.
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

type JsonSchema = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * fast-json-stringify decides between the branches of anyOf/oneOf by running a validator on
 * every value, which dominated the cost of an article (a union per body block). The request
 * side already validated those values, so for serialising: a union of objects becomes one open
 * object, and "X or null" becomes X with `nullable`.
 */
function simplifyUnions(schema: JsonSchema, definitions: Record<string, JsonSchema>): JsonSchema {
  const resolve = (node: JsonSchema): JsonSchema =>
    typeof node.$ref === 'string' && node.$ref.startsWith('#/definitions/')
      ? (definitions[node.$ref.slice('#/definitions/'.length)] ?? node)
      : node;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const branches = (node.anyOf ?? node.oneOf) as unknown[] | undefined;
    if (Array.isArray(branches) && branches.every(isObject)) {
      const { anyOf, oneOf, ...rest } = node;
      const nonNull = branches.filter((branch) => branch.type !== 'null');
      const resolved = nonNull.map(resolve);
      if (resolved.length === 1 && nonNull.length < branches.length)
        return { ...rest, ...(walk(resolved[0]) as JsonSchema), nullable: true };
      if (resolved.every((branch) => branch.type === 'object'))
        return {
          ...rest,
          type: 'object',
          additionalProperties: true,
          ...(nonNull.length < branches.length ? { nullable: true } : {}),
        };
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
  };
  return walk(schema) as JsonSchema;
}

export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  if (!(schema instanceof z.ZodType)) return (data: unknown) => JSON.stringify(data);
  const jsonSchema = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'output',
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;
  const definitions = (jsonSchema.definitions ?? {}) as Record<string, JsonSchema>;
  return fastJson(simplifyUnions(jsonSchema, definitions) as unknown as Parameters<typeof fastJson>[0]);
};
