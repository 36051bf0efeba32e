/**
 * The house rules that lint enforces, each tried on a planted violation: a rule that stopped
 * matching would otherwise pass silently. The import-cycle check of `src/` runs here too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { cyclesOf, importGraph } from '../scripts/import-graph.ts';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('China time comes from the kernel', () => {
  it.each([
    ['src/modules/x/x.service.ts', 'export const year = new Date().getUTCFullYear();\n'],
    ['src/modules/x/x.service.ts', 'export const day = new Date().toISOString().slice(0, 10);\n'],
    ['web/src/staff/x/Page.tsx', 'export const month = new Date().getMonth();\n'],
    ['bench/x.bench.ts', 'export const hour = new Date().getHours();\n'],
  ])(
    'refuses a Date shortcut in %s',
    async (filePath, code) => {
      expect(await rulesHit(filePath, code)).toContain('no-restricted-syntax');
    },
    30_000,
  );

  it('lets the kernel take a Date apart', async () => {
    expect(await rulesHit('src/kernel/x.ts', 'export const year = new Date().getUTCFullYear();\n')).toEqual([]);
  }, 30_000);
});

describe('modules keep to themselves', () => {
  it.each([
    ['src/modules/ledger/ledger.x.ts', "import { x } from '../registration/registration.model.ts';\n"],
    ['src/modules/ledger/ledger.x.ts', "export { x } from '../registration/registration.model.ts';\n"],
    ['src/modules/ledger/ledger.x.ts', "export const x = () => import('../registration/registration.model.ts');\n"],
    ['src/cli/x.ts', "import { x } from '../modules/ledger/ledger.rights.ts';\n"],
    ['src/jobs/x.ts', "import { x } from '../modules/ledger/routes.ts';\n"],
    ['src/modules/cases/cases.x.ts', "import { x } from '../../jobs/sla-sweep.ts';\n"],
    ['src/modules/cases/cases.x.ts', "import { x } from '../../cli/main.ts';\n"],
  ])(
    'refuses in %s: %s',
    async (filePath, code) => {
      expect(await rulesHit(filePath, code)).toContain('shebao/module-boundary');
    },
    30_000,
  );

  it.each([
    ['src/modules/ledger/ledger.x.ts', "import { x } from '../registration/index.ts';\n"],
    ['src/modules/ledger/ledger.x.ts', "import { x } from './ledger.rights.ts';\n"],
    ['src/http/x.ts', "import { x } from '../modules/ledger/routes.ts';\n"],
    ['src/modules/ledger/ledger.x.test.ts', "import { x } from '../registration/registration.model.ts';\n"],
  ])(
    'lets through in %s: %s',
    async (filePath, code) => {
      expect(await rulesHit(filePath, code)).not.toContain('shebao/module-boundary');
    },
    30_000,
  );
});

describe('the web keeps its areas apart and takes only the kernel from the server', () => {
  it.each([
    ['web/src/public/hall/x/Page.tsx', "import { x } from '../../../staff/collection/x.ts';\n"],
    ['web/src/public/x.tsx', "export { x } from '../staff/x.ts';\n"],
    ['web/src/staff/x/Page.tsx', "import { x } from '../../public/services/x.ts';\n"],
    ['web/src/shared/x/x.tsx', "import { x } from '../../staff/x/x.ts';\n"],
    ['web/src/ui/x.tsx', "import { x } from '../public/x.ts';\n"],
    ['web/src/ui/x.ts', "import { x } from '../../../src/kernel/index.ts';\n"],
    ['web/src/ui/x.ts', "import { x } from '../../../src/kernel/sm-crypto.ts';\n"],
    ['web/src/staff/x/x.ts', "import { x } from '../../../../src/modules/ledger/index.ts';\n"],
  ])(
    'refuses in %s: %s',
    async (filePath, code) => {
      expect(await rulesHit(filePath, code)).toContain('no-restricted-imports');
    },
    30_000,
  );

  it.each([
    ['web/src/public/hall/x/Page.tsx', "import { x } from '../../../shared/collection/x.ts';\n"],
    ['web/src/staff/x/Page.tsx', "import { x } from '../../ui/x.ts';\n"],
    ['web/src/ui/x.ts', "import { x } from '../../../src/kernel/cents.ts';\n"],
    ['web/src/AppRoutes.tsx', "import { x } from './staff/x.tsx';\n"],
  ])(
    'lets through in %s: %s',
    async (filePath, code) => {
      expect(await rulesHit(filePath, code)).not.toContain('no-restricted-imports');
    },
    30_000,
  );
});

describe('routes hold no SQL', () => {
  it.each([
    "export const q = (db: any) => db.selectFrom('persons').selectAll().execute();\n",
    "export const q = (db: any) => db.insertInto('persons').values({}).execute();\n",
    "import { sql } from 'kysely';\nexport const q = sql`SELECT 1`;\n",
  ])(
    'refuses %s',
    async (code) => {
      expect(await rulesHit('src/modules/x/x.routes.ts', code)).toContain('shebao/no-sql-in-routes');
    },
    30_000,
  );

  it('leaves a repository its SQL', async () => {
    const code = "export const q = (db: any) => db.selectFrom('persons').selectAll().execute();\n";
    expect(await rulesHit('src/modules/x/x.repository.ts', code)).not.toContain('shebao/no-sql-in-routes');
  }, 30_000);
});

describe("a module asks for another module's records, never reads its tables", () => {
  it.each([
    "export const q = (db: Db) => db.selectFrom('employers').select('id');\n",
    "export const q = (db: Db) => db.selectFrom('bills as b').innerJoin('persons as p', 'p.person_id', 'b.person_id');\n",
    "export const q = (trx: Trx) => trx.updateTable('enrolments').set({ status: 'ended' });\n",
    'export const q = (id: number) => sql`SELECT name FROM persons WHERE person_id = ${id}`;\n',
  ])(
    'refuses in a collection file: %s',
    async (code) => {
      expect(await rulesHit('src/modules/collection/collection.x.ts', code)).toContain('shebao/no-foreign-tables');
      expect(await rulesHit('src/jobs/month-close/month-close.x.ts', code)).toContain('shebao/no-foreign-tables');
    },
    30_000,
  );

  it('lets registration read its own tables, and any module its own', async () => {
    const own = "export const q = (db: Db) => db.selectFrom('employers').select('id');\n";
    expect(await rulesHit('src/modules/registration/registration.x.ts', own)).not.toContain('shebao/no-foreign-tables');
    const bills = "export const q = (db: Db) => db.selectFrom('contribution_bills').select('id');\n";
    expect(await rulesHit('src/modules/collection/collection.x.ts', bills)).not.toContain('shebao/no-foreign-tables');
  }, 30_000);
});

describe('functions are short', () => {
  const body = (lines: number) => Array.from({ length: lines }, (_, i) => `  const v${i} = ${i};`).join('\n');
  it('refuses a function of 81 lines of code and takes one of 80 (comments and blank lines not counted)', async () => {
    const long = `export function f(): void {\n${body(79)}\n}\n`;
    const short = `export function f(): void {\n${body(78)}\n  // why\n\n}\n`;
    expect(await rulesHit('src/modules/x/x.service.ts', long)).toContain('shebao/max-function-lines');
    expect(await rulesHit('src/modules/x/x.service.ts', short)).not.toContain('shebao/max-function-lines');
  }, 30_000);
});

describe('comments stay true', () => {
  it.each([
    '// added for issue 14\n',
    '/** item 3 of the note */\n',
    '// TODO: later\n',
    '// see docs/ledger-plan.md\n',
  ])(
    'refuses %j',
    async (comment) => {
      expect(await rulesHit('src/modules/x/x.service.ts', `${comment}export const x = 1;\n`)).toContain(
        'shebao/no-plan-comments',
      );
    },
    30_000,
  );

  it('takes a comment that says why', async () => {
    const code = '// Step 2 of a login: the code proves the phone on file.\nexport const x = 1;\n';
    expect(await rulesHit('src/modules/x/x.service.ts', code)).toEqual([]);
  }, 30_000);
});

describe('the allowlist only shrinks', () => {
  it('names only what still breaks its rule', { timeout: 300_000 }, async () => {
    const allowlist = JSON.parse(fs.readFileSync('scripts/lint-allowlist.json', 'utf8')) as Record<string, string[]>;
    const strict = new ESLint({
      cwd: process.cwd(),
      overrideConfig: {
        rules: {
          'shebao/max-function-lines': ['error', { max: 80, allow: [] }],
          'shebao/no-sql-in-routes': ['error', { allow: [] }],
          'shebao/no-plan-comments': ['error', { allow: [] }],
          'shebao/no-foreign-tables': ['error', { allow: [] }],
        },
      },
    });
    const files = [...new Set(Object.values(allowlist).flatMap((entries) => entries.map((e) => e.split('#')[0]!)))];
    const broken = new Set<string>();
    for (const result of await strict.lintFiles(files)) {
      const file = path.relative(process.cwd(), result.filePath).split(path.sep).join('/');
      for (const message of result.messages) {
        const rule = message.ruleId?.replace('shebao/', '') ?? '';
        const name = /^Function `(.*)` has/.exec(message.message)?.[1];
        broken.add(name === undefined ? `${rule} ${file}` : `${rule} ${file}#${name}`);
      }
    }
    const passing = Object.entries(allowlist).flatMap(([rule, entries]) =>
      entries.filter((entry) => !broken.has(`${rule} ${entry}`)).map((entry) => `${rule} ${entry}`),
    );
    expect(passing, 'these now keep their rule: take them off scripts/lint-allowlist.json').toEqual([]);
  });
});

describe('no import cycle in src/', () => {
  it('finds none', () => {
    expect(cyclesOf(importGraph(process.cwd()))).toEqual([]);
  });

  it('finds a planted one, type-only imports included', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cycles-'));
    try {
      fs.mkdirSync(path.join(root, 'src'));
      fs.writeFileSync(path.join(root, 'src/a.ts'), "import { b } from './b.ts';\nexport const a = b;\n");
      fs.writeFileSync(path.join(root, 'src/b.ts'), "import type { C } from './c.ts';\nexport const b: C = 1;\n");
      fs.writeFileSync(path.join(root, 'src/c.ts'), "export type C = number;\nexport { a } from './a.ts';\n");
      fs.writeFileSync(path.join(root, 'src/d.ts'), "import { a } from './a.ts';\nexport const d = a;\n");
      expect(cyclesOf(importGraph(root))).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
