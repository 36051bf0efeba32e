/**
 * Figures of the code's structure, as the note on contracts and boundaries asks for them: routes
 * with a response schema, hand-written response types in the web app, imports past another
 * module's `index.ts`, import cycles, files and lines per module, functions over the length limit.
 *
 *   npx tsx scripts/structure-report.ts [root]
 */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { cyclesOf, importGraph, moduleGraph, moduleOf, sourceFiles, type ImportGraph } from './import-graph.ts';

const root = path.resolve(process.argv[2] ?? '.');

function read(file: string): string {
  return fs.readFileSync(path.join(root, file), 'utf8');
}

function lineCount(file: string): number {
  return read(file).split('\n').length - (read(file).endsWith('\n') ? 1 : 0);
}

/** Route registrations (`app.get(`, `scope.post(`, …) and those whose options name a `response`. */
function routeFigures(): { routes: number; withResponse: number } {
  let routes = 0;
  let withResponse = 0;
  for (const file of sourceFiles(root).filter((f) => f.endsWith('.routes.ts'))) {
    const calls = read(file)
      .split(/\b\w+\.(?:get|post|put|patch|delete)\(\s*['`]\/api\//)
      .slice(1);
    routes += calls.length;
    withResponse += calls.filter((call) => /\bresponse:\s/.test(call.split(/\n {2}\);/)[0] ?? '')).length;
  }
  return { routes, withResponse };
}

/**
 * Hand-written shapes in the web app's API files (`*Api.ts`, `*Types.ts`): `interface` blocks and
 * object `type X = { … }` blocks, with their lines. Aliases of the generated types
 * (`type X = Schema<'…'>`) are not counted: they name what the server's document says.
 */
function webTypeFigures(): { files: number; lines: number; shapes: number; shapeLines: number } {
  const found = sourceFiles(root, 'web/src').filter((f) => /(Api|Types)\.ts$/.test(f));
  let shapes = 0;
  let shapeLines = 0;
  for (const file of found) {
    const blocks =
      read(file).match(/^(?:export )?(?:interface \w+[^{\n]*|type \w+(?:<[^>]*>)? =\s*)\{[\s\S]*?^\}/gm) ?? [];
    shapes += blocks.length;
    shapeLines += blocks.reduce((sum, block) => sum + block.split('\n').length, 0);
  }
  return { files: found.length, lines: found.reduce((sum, f) => sum + lineCount(f), 0), shapes, shapeLines };
}

/** Imports into a module's file other than its `index.ts` (and, from `http/`, its `routes.ts`). */
function deepImports(graph: ImportGraph): { fromModules: string[]; fromElsewhere: string[] } {
  const fromModules: string[] = [];
  const fromElsewhere: string[] = [];
  for (const [file, targets] of graph) {
    const from = moduleOf(file);
    for (const target of targets) {
      const to = moduleOf(target);
      if (to === null || to === from) continue;
      const entry = target === `src/modules/${to}/index.ts`;
      const routesEntry = file.startsWith('src/http/') && target === `src/modules/${to}/routes.ts`;
      if (entry || routesEntry) continue;
      (from === null ? fromElsewhere : fromModules).push(`${file} -> ${target}`);
    }
  }
  return { fromModules, fromElsewhere };
}

/** Files and lines of each module, largest first. */
function moduleSizes(): Array<{ module: string; files: number; lines: number }> {
  const sizes = new Map<string, { files: number; lines: number }>();
  for (const file of sourceFiles(root, 'src/modules')) {
    const module = moduleOf(file)!;
    const size = sizes.get(module) ?? { files: 0, lines: 0 };
    sizes.set(module, { files: size.files + 1, lines: size.lines + lineCount(file) });
  }
  return [...sizes].map(([module, size]) => ({ module, ...size })).sort((a, b) => b.lines - a.lines);
}

/** Functions over the limit, as the lint rule counts them, ignoring its allowlist. */
async function longFunctions(): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: { rules: { 'shebao/max-function-lines': ['error', { max: 80, allow: [] }] } },
  });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  return results
    .filter((result) => !result.filePath.endsWith('.test.ts'))
    .flatMap((result) =>
      result.messages
        .filter((m) => m.ruleId === 'shebao/max-function-lines')
        .map((m) => `${path.relative(root, result.filePath)}: ${m.message}`),
    );
}

const graph = importGraph(root);
const routes = routeFigures();
const web = webTypeFigures();
const deep = deepImports(graph);
const fileCycles = cyclesOf(graph);
const folded = moduleGraph(graph);
const modulesOnly = new Map(
  [...folded]
    .filter(([node]) => node.startsWith('modules/'))
    .map(([node, targets]) => [node, targets.filter((t) => t.startsWith('modules/'))]),
);
const moduleCycles = cyclesOf(modulesOnly);
const shellCycles = cyclesOf(folded);
console.log(`routes with a response schema: ${routes.withResponse} of ${routes.routes}`);
console.log(
  `web API files (*Api.ts, *Types.ts): ${web.files} files, ${web.lines} lines; hand-written shapes in them: ${web.shapes} (${web.shapeLines} lines)`,
);
console.log(
  `imports past another module's index.ts: ${deep.fromModules.length} from modules, ${deep.fromElsewhere.length} from elsewhere in src/`,
);
for (const line of [...deep.fromModules, ...deep.fromElsewhere]) console.log(`  ${line}`);
console.log(
  `import cycles among files: ${fileCycles.length} (${fileCycles.map((c) => c.length).join(', ') || 'none'} files)`,
);
console.log(`import cycles among modules: ${moduleCycles.length}`);
for (const cycle of moduleCycles) console.log(`  ${cycle.join(' ')}`);
console.log(`... with each module one node and the other files of src/ as themselves: ${shellCycles.length}`);
for (const cycle of shellCycles) console.log(`  ${cycle.join(' ')}`);
console.log('files and lines per module:');
for (const size of moduleSizes())
  console.log(`  ${size.module.padEnd(14)} ${String(size.files).padStart(4)} ${String(size.lines).padStart(7)}`);
if (fs.existsSync(path.join(root, 'scripts/eslint-plugin-shebao.js'))) {
  const long = await longFunctions();
  console.log(`functions over 80 lines: ${long.length}`);
  for (const line of long) console.log(`  ${line}`);
}
