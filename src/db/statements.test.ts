import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitStatements } from './statements.ts';

describe('splitStatements', () => {
  it.each([
    ['plain statements', 'SELECT 1; SELECT 2;', ['SELECT 1', 'SELECT 2']],
    ['a last statement without a semicolon', 'SELECT 1;\nSELECT 2', ['SELECT 1', 'SELECT 2']],
    ['a semicolon inside a quoted string', "SELECT 'a;b'; SELECT 'it''s;'", ["SELECT 'a;b'", "SELECT 'it''s;'"]],
    ['a semicolon inside a quoted identifier', 'SELECT 1 AS "x;y"; SELECT 2', ['SELECT 1 AS "x;y"', 'SELECT 2']],
    [
      'a dollar-quoted function body',
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; RETURN 2; END $$; SELECT 3',
      ['CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; RETURN 2; END $$', 'SELECT 3'],
    ],
    [
      'a Chinese comment before a statement (the parser counts bytes)',
      "-- 参保单位；经办机构;\nSELECT 1;\n/* 权益记录; */ SELECT '乙';",
      ['-- 参保单位；经办机构;\nSELECT 1', "/* 权益记录; */ SELECT '乙'"],
    ],
    ['only a comment', '-- nothing to run;\n', []],
  ])('%s', async (_name, script, expected) => {
    expect(await splitStatements(script)).toEqual(expected);
  });

  it('refuses a script that does not parse, before anything runs', async () => {
    await expect(splitStatements('SELECT 1; SELEKT 2;')).rejects.toThrow(/syntax error/);
  });

  it('cuts every migration into statements that each parse alone', async () => {
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
    for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.sql'))) {
      const statements = await splitStatements(fs.readFileSync(path.join(dir, name), 'utf8'));
      expect(statements.length, name).toBeGreaterThan(0);
      for (const statement of statements) expect(await splitStatements(statement), name).toEqual([statement]);
    }
  });
});
