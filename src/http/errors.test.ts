import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { handleError } from './errors.ts';

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

  it('still treats any other database error as a defect (500)', async () => {
    const app = appThrowing(pgError('42P01'));
    const response = await app.inject({ method: 'GET', url: '/x' });
    expect(response.statusCode).toBe(500);
    expect(response.json().code).toBe('internal_error');
    await app.close();
  });
});
