/**
 * The generated web client (scripts/generate-client.ts): its text depends on the schemas alone and
 * passes Prettier as committed, and `npm run api:check` fails, with a diff, on a file that differs.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import prettier from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { compareWithCommitted, renderSchema, schemaFile } from '../scripts/generate-client.ts';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-client-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A small document: two paths and one component, listed out of order. */
function documentWith(pathOrder: string[]) {
  const answer = (schema: object) => ({
    responses: { 200: { description: 'ok', content: { 'application/json': { schema } } } },
  });
  const operations: Record<string, object> = {
    '/api/years': { get: answer({ $ref: '#/components/schemas/Year' }) },
    '/api/agencies': { get: answer({ type: 'array', items: { type: 'string' } }) },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'fixture', version: '1' },
    paths: Object.fromEntries(pathOrder.map((name) => [name, operations[name]])),
    components: {
      schemas: {
        Year: {
          type: 'object',
          properties: { year: { type: 'integer' }, source: { type: 'string' } },
          required: ['year'],
        },
      },
    },
  };
}

/** `text` with one line changed, as a hand edit of the generated file would. */
function planted(text: string, line: string, instead: string): string {
  expect(text).toContain(line);
  return text.replace(line, instead);
}

describe('the generated types', () => {
  it('carry the header, sort paths and fields, and are formatted as the repository formats', async () => {
    const text = await renderSchema(documentWith(['/api/years', '/api/agencies']));
    expect(text.startsWith('/**\n * Generated from the server')).toBe(true);
    expect(text).toContain('npm run api:generate');
    expect(text.indexOf("'/api/agencies'")).toBeLessThan(text.indexOf("'/api/years'"));
    expect(text.indexOf('source?: string')).toBeLessThan(text.indexOf('year: number'));
    const config = await prettier.resolveConfig(schemaFile);
    expect(await prettier.check(text, { ...config, filepath: schemaFile })).toBe(true);
  });

  it('do not depend on the order the routes were registered in', async () => {
    const one = await renderSchema(documentWith(['/api/years', '/api/agencies']));
    const other = await renderSchema(documentWith(['/api/agencies', '/api/years']));
    expect(other).toBe(one);
  });
});

describe('the check of the committed file', () => {
  it('passes a file equal to the generation, and fails a planted difference with a diff', async () => {
    const fresh = await renderSchema(documentWith(['/api/years', '/api/agencies']));
    const committed = path.join(scratch, 'schema.gen.ts');
    fs.writeFileSync(committed, fresh);
    expect(compareWithCommitted(fresh, committed, path.join(scratch, 'fresh-1.ts'))).toEqual({ current: true });

    fs.writeFileSync(committed, planted(fresh, 'source?: string;', 'source: string;'));
    const result = compareWithCommitted(fresh, committed, path.join(scratch, 'fresh-2.ts'));
    expect(result.current).toBe(false);
    if (result.current) return;
    expect(result.message).toContain('run `npm run api:generate` and commit it');
    expect(result.diff).toMatch(/^- +source: string;$/m);
    expect(result.diff).toMatch(/^\+ +source\?: string;$/m);
    expect(fs.readFileSync(path.join(scratch, 'fresh-2.ts'), 'utf8')).toBe(fresh);
  });

  it('fails when the committed file is missing', async () => {
    const result = compareWithCommitted(
      'export {};\n',
      path.join(scratch, 'absent.ts'),
      path.join(scratch, 'fresh-3.ts'),
    );
    expect(result).toMatchObject({ current: false, message: expect.stringContaining('is missing') });
  });

  it('npm run api:check exits 1 on a copy of the committed file with one field changed', async () => {
    const copy = path.join(scratch, 'committed-copy.ts');
    const text = fs.readFileSync(schemaFile, 'utf8');
    fs.writeFileSync(copy, planted(text, "origin: 'built_in' | 'added' | 'provisional';", "origin: 'built_in';"));
    const script = path.join(root, 'scripts/generate-client.ts');
    const outcome = await run(process.execPath, ['--import', 'tsx', script, '--check', copy], { cwd: root }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^- +origin: 'built_in';$/m);
    expect(outcome.stderr).toContain('differs from what the route schemas generate: run `npm run api:generate`');
  }, 120_000);
});
