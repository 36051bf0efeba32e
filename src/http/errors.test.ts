import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rejectionText } from '../kernel/rejection.ts';
// The modules whose rejections the table names (the app imports them all).
import './modules.ts';
import { handleError } from './errors.ts';
import { nameText } from './text.ts';
import { UNIQUE_VIOLATION_REJECTIONS, uniqueViolationCode } from './unique-violations.ts';

function appThrowing(error: Error) {
  const app = Fastify({ logger: false });
  app.setErrorHandler(handleError);
  app.get('/x', async () => {
    throw error;
  });
  return app;
}

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

describe('transactions aborted by a concurrent writer', () => {
  it.each(['40P01', '40001', '55P03'])(
    'answers SQLSTATE %s with 409 concurrent_write, in the caller’s language',
    async (code) => {
      const app = appThrowing(pgError(code));
      const zh = await app.inject({ method: 'GET', url: '/x' });
      expect(zh.statusCode).toBe(409);
      expect(zh.json()).toMatchObject({ code: 'concurrent_write', message: expect.stringContaining('稍后重试') });
      const en = await app.inject({ method: 'GET', url: '/x', headers: { 'accept-language': 'en' } });
      expect(en.json().message).toContain('try again');
      await app.close();
    },
  );

  it.each([
    ['insert or update on table "employments" violates foreign key constraint "x"', 404, 'referenced_record_not_found'],
    ['update or delete on table "agencies" violates foreign key constraint "y"', 409, 'record_still_referenced'],
  ])('answers a foreign-key violation (%s) by name, not 500', async (message, status, code) => {
    const app = appThrowing(Object.assign(new Error(message), { code: '23503', constraint: 'x' }));
    const response = await app.inject({ method: 'GET', url: '/x' });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code });
    expect(response.body).not.toContain('agencies');
    await app.close();
  });

  it('still treats any other database error as a defect (500)', async () => {
    const app = appThrowing(pgError('42P01'));
    const response = await app.inject({ method: 'GET', url: '/x' });
    expect(response.statusCode).toBe(500);
    expect(response.json().code).toBe('internal_error');
    await app.close();
  });
});

describe('database errors a client can still cause', () => {
  const uniqueViolation = (constraint: string) => Object.assign(pgError('23505'), { constraint });

  it.each([
    ['a unique violation of a mapped constraint', uniqueViolation('staff_username_key'), 409, 'username_taken'],
    ['a unique violation of any other constraint', uniqueViolation('some_new_key'), 409, 'concurrent_duplicate'],
    ['a unique violation without a constraint name', pgError('23505'), 409, 'concurrent_duplicate'],
    ['a NUL in text (22021)', pgError('22021'), 400, 'text_control_character'],
    ['\\u0000 in JSON (22P05)', pgError('22P05'), 400, 'text_control_character'],
  ])('answers %s with its named rejection, details withheld', async (_name, error, status, code) => {
    const app = appThrowing(error);
    const response = await app.inject({ method: 'GET', url: '/x' });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code, details: null });
    await app.close();
  });

  it('maps every listed constraint to a declared conflict', () => {
    for (const [constraint, code] of UNIQUE_VIOLATION_REJECTIONS) {
      expect(uniqueViolationCode(constraint)).toBe(code);
      expect(rejectionText(code).kind, `${constraint} → ${code}`).toBe('conflict');
    }
  });
});

describe('validation issues that name their rejection', () => {
  it('answers with the named code and the field’s path, and keeps the other issues', async () => {
    const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setErrorHandler(handleError);
    const body = z.strictObject({ name: nameText(10), age: z.number() });
    app.post('/x', { schema: { body } }, async () => 'ok');
    const blank = await app.inject({ method: 'POST', url: '/x', payload: { name: '\u200b', age: 'x' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().code).toBe('text_blank');
    expect(blank.json().details.path).toBe('body/name');
    expect(blank.json().details.issues).toHaveLength(2);
    const plain = await app.inject({ method: 'POST', url: '/x', payload: { name: '王', age: 'x' } });
    expect(plain.json()).toMatchObject({
      code: 'invalid_request',
      details: { issues: [{ path: 'body/age', code: 'invalid_type' }] },
    });
    await app.close();
  });
});
