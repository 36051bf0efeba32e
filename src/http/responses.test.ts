import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { droppedPath, responseSerializer } from './responses.ts';

/** A one-route app answering `value` through a schema of `{id: number, name: string}`. */
async function answering(value: unknown, strict: boolean) {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(strict));
  const schema = z.object({ id: z.number(), name: z.string(), at: z.date().optional() });
  app.get('/x', { schema: { response: { 200: schema } } }, async () => value as z.input<typeof schema>);
  const response = await app.inject({ method: 'GET', url: '/x' });
  await app.close();
  return response;
}

describe('the response serializer', () => {
  it('sends a value of the declared shape, dates as ISO text', async () => {
    const response = await answering({ id: 1, name: 'a', at: new Date('2026-01-02T03:04:05Z') }, true);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ id: 1, name: 'a', at: '2026-01-02T03:04:05.000Z' });
  });

  it('fails a handler that returns the wrong shape', async () => {
    expect((await answering({ id: 'one', name: 'a' }, false)).statusCode).toBe(500);
    expect((await answering({ id: 1 }, false)).statusCode).toBe(500);
  });

  it('in strict mode fails a field the schema does not declare; otherwise leaves it out', async () => {
    const value = { id: 1, name: 'a', secret: 's' };
    expect((await answering(value, true)).statusCode).toBe(500);
    const lax = await answering(value, false);
    expect(lax.statusCode).toBe(200);
    expect(lax.json()).toEqual({ id: 1, name: 'a' });
  });
});

describe('droppedPath', () => {
  it.each([
    [{ a: 1 }, { a: 1 }, null],
    [{ a: 1, b: 2 }, { a: 1 }, '.b'],
    [{ a: [{ x: 1 }, { x: 1, y: 2 }] }, { a: [{ x: 1 }, { x: 1 }] }, '.a[1].y'],
    [{ a: { b: { c: 1 } } }, { a: { b: {} } }, '.a.b.c'],
    [[1, 2], [1, 2], null],
  ])('%j kept as %j drops %s', (sent, kept, expected) => {
    expect(droppedPath(sent, kept, '')).toBe(expected);
  });
});
