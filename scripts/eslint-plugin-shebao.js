/**
 * The house rules of the layout, as ESLint rules (`eslint.config.js` turns them on; each is tried
 * on a planted violation in `test/lint-rules.test.ts`). Paths are taken relative to the working
 * directory, so they read as in the repository: `src/modules/ledger/rights/ledger.rights.ts`.
 *
 * Existing code that breaks a rule and is too large to mend at once is named in
 * `scripts/lint-allowlist.json`; a test fails when an entry no longer breaks its rule, so the
 * list only shrinks.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The file being linted, relative to the working directory, with `/`. */
function relativeFile(context) {
  return path.relative(context.cwd, context.filename).split(path.sep).join('/');
}

/** The module of a path under `src/modules/` (`src/modules/ledger/x.ts` → `ledger`), else null. */
function moduleOf(file) {
  return /^src\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;
}

/** Whether `file` is a test (tests may reach into any module to set up what they check). */
function isTest(file) {
  return /\.test\.tsx?$/.test(file) || file.startsWith('test/');
}

/** The path a relative specifier names from `file`, or null for a package. */
function targetOf(file, specifier) {
  if (typeof specifier !== 'string' || !specifier.startsWith('.')) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
}

/** Calls `check(node, target)` for every static import, re-export and literal dynamic import. */
function importVisitors(file, check) {
  const visit = (node) => {
    const target = targetOf(file, node.source?.value);
    if (target !== null) check(node.source, target);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: (node) => node.source && visit(node),
    ExportAllDeclaration: visit,
    ImportExpression: (node) => node.source.type === 'Literal' && visit(node),
  };
}

/**
 * Another module is reached only through its `index.ts`; `src/http/` also registers a module's
 * routes from its `routes.ts`. Files of `src/modules/` never import `src/jobs/` or `src/cli/`,
 * which sit above them.
 */
const moduleBoundary = {
  meta: {
    type: 'problem',
    docs: { description: 'another module only through its index.ts; modules never import jobs/ or cli/' },
    schema: [],
    messages: {
      deep: "Import '{{target}}' through its module's index.ts{{routes}}: a module's other files are its own.",
      upward: "A module does not import '{{target}}': jobs/ and cli/ call the modules, never the other way.",
    },
  },
  create(context) {
    const file = relativeFile(context);
    if (!file.startsWith('src/') || isTest(file)) return {};
    const from = moduleOf(file);
    return importVisitors(file, (node, target) => {
      if (from !== null && /^src\/(jobs|cli)\//.test(target)) {
        context.report({ node, messageId: 'upward', data: { target } });
        return;
      }
      const to = moduleOf(target);
      if (to === null || to === from) return;
      if (target === `src/modules/${to}/index.ts`) return;
      const http = file.startsWith('src/http/');
      if (http && target === `src/modules/${to}/routes.ts`) return;
      context.report({ node, messageId: 'deep', data: { target, routes: http ? ' (or routes.ts)' : '' } });
    });
  },
};

const QUERY_BUILDERS = new Set(['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'mergeInto', 'replaceInto']);

/** A `*.routes.ts` file validates, calls a use case and shapes the answer: its SQL lives elsewhere. */
const noSqlInRoutes = {
  meta: {
    type: 'problem',
    docs: { description: 'no SQL in *.routes.ts' },
    schema: [{ type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } } }],
    messages: { sql: 'No SQL in a routes file ({{what}}): call a service, repository or view of the module.' },
  },
  create(context) {
    const file = relativeFile(context);
    if (!file.endsWith('.routes.ts') || (context.options[0]?.allow ?? []).includes(file)) return {};
    return {
      TaggedTemplateExpression(node) {
        const tag = node.tag.type === 'MemberExpression' ? node.tag.object : node.tag;
        if (tag.type === 'Identifier' && tag.name === 'sql')
          context.report({ node, messageId: 'sql', data: { what: 'sql`…`' } });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (
          callee.type === 'MemberExpression' &&
          callee.property.type === 'Identifier' &&
          QUERY_BUILDERS.has(callee.property.name)
        )
          context.report({ node, messageId: 'sql', data: { what: `.${callee.property.name}(…)` } });
      },
    };
  },
};

/**
 * The areas of `src/db/tables/` whose tables the rule guards, and the module owning each; the
 * tables are the keys of the area's `<Area>Tables` interface. Areas join as their owner's reads
 * come to cover what others need.
 */
const TABLE_AREAS = { registration: 'registration' };

const ownersByCwd = new Map();

/** Table → owning module, read from the table types under `cwd`. */
function tableOwners(cwd) {
  if (!ownersByCwd.has(cwd)) {
    const entries = Object.entries(TABLE_AREAS).flatMap(([area, owner]) => {
      const text = fs.readFileSync(path.join(cwd, 'src', 'db', 'tables', `${area}.ts`), 'utf8');
      const body = /export interface \w+Tables \{([^}]*)\}/.exec(text)?.[1] ?? '';
      return [...body.matchAll(/^\s*(\w+):/gm)].map((m) => [m[1], owner]);
    });
    ownersByCwd.set(cwd, Object.fromEntries(entries));
  }
  return ownersByCwd.get(cwd);
}

const JOINS = new Set([
  'innerJoin',
  'leftJoin',
  'rightJoin',
  'fullJoin',
  'crossJoin',
  'innerJoinLateral',
  'leftJoinLateral',
]);
const SQL_TABLE = /\b(?:from|join|update|into)\s+([a-z_][a-z0-9_]*)/gi;

/**
 * A module reads and writes its own tables; another module's it asks through that module's
 * functions (registration's read ports, for one). Query builders, joins and `sql` text naming a
 * table owned elsewhere (`tableOwners`) are refused, from a module or a job. `allow` names the
 * files that still do (why, in docs/layout.md).
 */
const noForeignTables = {
  meta: {
    type: 'problem',
    docs: { description: "no query of another module's tables" },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' } } },
      },
    ],
    messages: {
      foreign:
        "Table '{{table}}' belongs to {{owner}}: ask it through {{owner}}'s index.ts (its reads), not its table.",
    },
  },
  create(context) {
    const file = relativeFile(context);
    const allow = context.options[0]?.allow ?? [];
    const from = moduleOf(file);
    const inScope = from !== null || file.startsWith('src/jobs/');
    if (!inScope || isTest(file) || allow.includes(file)) return {};
    const owners = tableOwners(context.cwd);
    const check = (node, table) => {
      const owner = owners[table];
      if (owner !== undefined && owner !== from) context.report({ node, messageId: 'foreign', data: { table, owner } });
    };
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
        const name = callee.property.name;
        const [first] = node.arguments;
        if (!(QUERY_BUILDERS.has(name) || JOINS.has(name))) return;
        if (first?.type === 'Literal' && typeof first.value === 'string') check(node, first.value.split(/\s+/)[0]);
      },
      TaggedTemplateExpression(node) {
        const tag = node.tag.type === 'MemberExpression' ? node.tag.object : node.tag;
        if (tag.type !== 'Identifier' || tag.name !== 'sql') return;
        for (const quasi of node.quasi.quasis)
          for (const match of quasi.value.cooked.matchAll(SQL_TABLE)) check(node, match[1].toLowerCase());
      },
    };
  },
};

/** The name a function goes by: its own, its variable's, its property's, or its route's. */
function functionName(node) {
  if (node.id?.name) return node.id.name;
  const parent = node.parent;
  if (parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if ((parent.type === 'Property' || parent.type === 'MethodDefinition') && parent.key.type === 'Identifier')
    return parent.key.name;
  if (parent.type === 'CallExpression') {
    const [first] = parent.arguments;
    const callee = parent.callee;
    const method =
      callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : '';
    if (first?.type === 'Literal' && typeof first.value === 'string' && /^(get|post|put|patch|delete)$/.test(method))
      return `${method.toUpperCase()} ${first.value}`;
  }
  let outer = parent;
  while (outer && !/Function/.test(outer.type)) outer = outer.parent;
  return outer ? `${functionName(outer)}/(anonymous)` : '(anonymous)';
}

/**
 * A function is read at once: at most `max` lines of code (blank lines and comments not
 * counted). `allow` names the functions that are longer today, as `path#name`.
 */
const maxFunctionLines = {
  meta: {
    type: 'suggestion',
    docs: { description: 'functions of at most max lines of code, with a shrinking allowlist' },
    schema: [
      {
        type: 'object',
        properties: { max: { type: 'integer', minimum: 1 }, allow: { type: 'array', items: { type: 'string' } } },
      },
    ],
    messages: { long: 'Function `{{name}}` has {{lines}} lines of code (at most {{max}}): split it.' },
  },
  create(context) {
    const max = context.options[0]?.max ?? 80;
    const allowed = new Set(context.options[0]?.allow ?? []);
    const file = relativeFile(context);
    const source = context.sourceCode;
    const commentLines = new Set();
    for (const comment of source.getAllComments()) {
      for (let line = comment.loc.start.line; line <= comment.loc.end.line; line++) {
        const text = source.lines[line - 1];
        const before = line === comment.loc.start.line ? text.slice(0, comment.loc.start.column) : '';
        const after = line === comment.loc.end.line ? text.slice(comment.loc.end.column) : '';
        if (!before.trim() && !after.trim()) commentLines.add(line);
      }
    }
    const check = (node) => {
      let lines = 0;
      for (let line = node.loc.start.line; line <= node.loc.end.line; line++)
        if (source.lines[line - 1].trim() && !commentLines.has(line)) lines++;
      if (lines <= max) return;
      const name = functionName(node);
      if (allowed.has(`${file}#${name}`)) return;
      context.report({ node, loc: node.loc.start, messageId: 'long', data: { name, lines, max } });
    };
    return { FunctionDeclaration: check, FunctionExpression: check, ArrowFunctionExpression: check };
  },
};

/**
 * Comments say why, in words that stay true: not which issue, item or plan a line came from, and
 * no TODO (an open matter is an issue, not a comment).
 */
const PLAN_POINTER = /\b(issue|item|must-have)\s+#?\d+|\bTODO\b|\bFIXME\b|\bXXX\b|[\w-]+-plan\.md/i;

const noPlanComments = {
  meta: {
    type: 'suggestion',
    docs: { description: 'no comments pointing at issues, plans or TODOs' },
    schema: [{ type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } } }],
    messages: { plan: "Comment points at '{{match}}': say why in words that stay true, or open an issue." },
  },
  create(context) {
    const file = relativeFile(context);
    if ((context.options[0]?.allow ?? []).includes(file)) return {};
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const match = PLAN_POINTER.exec(comment.value);
          if (match) context.report({ loc: comment.loc, messageId: 'plan', data: { match: match[0] } });
        }
      },
    };
  },
};

export default {
  meta: { name: 'eslint-plugin-shebao' },
  rules: {
    'module-boundary': moduleBoundary,
    'no-sql-in-routes': noSqlInRoutes,
    'max-function-lines': maxFunctionLines,
    'no-plan-comments': noPlanComments,
    'no-foreign-tables': noForeignTables,
  },
};
