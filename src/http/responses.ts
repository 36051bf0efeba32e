/**
 * What routes answer: the shared error body every route may return, file and stream answers, and
 * the serializer that holds a handler to the response schema it declares.
 *
 * Every `/api/` route declares a zod schema for its success answer (`schema.response`); the
 * `onRoute` hook in `app.ts` adds the error body for 4xx and 5xx to each. The serializer encodes
 * the handler's value with that schema, so a value of the wrong shape is a defect (500), never
 * a half-right answer. In strict mode (tests) it also refuses a value carrying a field
 * the schema does not declare: a forgotten field would otherwise be dropped in silence, and the
 * generated client would not know the field the page reads.
 */
import type { FastifySerializerCompiler } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { $ZodType, safeEncode } from 'zod/v4/core';

/** The one error body of every refusal: a named rejection code, its message in the caller's language, details. */
export const errorBodySchema = z
  .object({
    code: z.string().describe('The named rejection code (see the module rejection tables)'),
    message: z.string().describe('The message in the language of Accept-Language (zh or en)'),
    details: z.unknown().describe('What the refusal may say about itself, or null'),
  })
  .meta({ id: 'ErrorBody', description: 'A named rejection: {code, message, details}' });

/** The error responses added to every route that does not declare its own. */
export const ERROR_RESPONSES = { '4xx': errorBodySchema, '5xx': errorBodySchema } as const;

/** A file answer of a media type (a PDF, a spreadsheet, a picture): bytes, not JSON. */
export function fileResponse(mediaTypes: readonly string[], description: string) {
  const schema = z.string().meta({ format: 'binary' });
  return {
    description,
    content: Object.fromEntries(mediaTypes.map((type) => [type, { schema }])),
  };
}

/** The answer with no body (204). */
export const noContent = z.null().describe('No body');

/** Whether a route's response declaration has a success (2xx) answer. */
export function hasSuccessResponse(response: unknown): boolean {
  if (!response || typeof response !== 'object') return false;
  return Object.keys(response).some((status) => /^2(\d\d|xx)$/i.test(status));
}

function schemaOf(maybe: unknown): $ZodType {
  if (maybe instanceof $ZodType) return maybe;
  const inner = (maybe as { properties?: unknown } | null)?.properties;
  if (inner instanceof $ZodType) return inner;
  throw new Error(`response schema is not a zod schema: ${JSON.stringify(maybe)}`);
}

/** The serializer compiler: encode with the declared schema; in strict mode, refuse undeclared fields too. */
export function responseSerializer(strict: boolean): FastifySerializerCompiler<unknown> {
  return ({ schema: maybe, method, url }) => {
    const schema = schemaOf(maybe);
    return (data: unknown) => {
      const result = safeEncode(schema, data);
      if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
      const text = JSON.stringify(result.data);
      if (strict) {
        const dropped = droppedPath(JSON.parse(JSON.stringify(data) ?? 'null'), JSON.parse(text ?? 'null'), '');
        if (dropped !== null) {
          throw new Error(`response of ${method} ${url} has a field its schema does not declare: ${dropped}`);
        }
      }
      return text;
    };
  };
}

/** The first path present in `sent` (as JSON) but missing from `kept`, or null when nothing was dropped. */
export function droppedPath(sent: unknown, kept: unknown, at: string): string | null {
  if (Array.isArray(sent)) {
    if (!Array.isArray(kept)) return null;
    for (let i = 0; i < sent.length; i++) {
      const found = droppedPath(sent[i], kept[i], `${at}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (!sent || typeof sent !== 'object' || !kept || typeof kept !== 'object') return null;
  for (const [key, value] of Object.entries(sent)) {
    if (!(key in kept)) return `${at}.${key}`;
    const found = droppedPath(value, (kept as Record<string, unknown>)[key], `${at}.${key}`);
    if (found !== null) return found;
  }
  return null;
}
