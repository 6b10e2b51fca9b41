// Responses are serialised by fast-json-stringify from the JSON Schema of each route's Zod
// response schema: the declared shape is enforced (unknown keys, such as private columns,
// never leave) without re-validating every response with Zod on the hot path.
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  if (!(schema instanceof z.ZodType)) return (data: unknown) => JSON.stringify(data);
  const jsonSchema = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any', reused: 'inline' });
  return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
};
