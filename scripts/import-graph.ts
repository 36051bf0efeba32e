/**
 * The import graph of `src/`, read from the sources as TypeScript parses them: every relative
 * import, re-export and dynamic import of a non-test file, type-only ones included (a type-only
 * cycle still ties two modules together). The cycle check and the structure figures use it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Source file (path relative to the root, with `/`) to the source files it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** Whether `file` is production code of `src/` (tests and declaration files are left out). */
export function isSourceFile(file: string): boolean {
  return /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts');
}

/** Every source file under `dir` (relative to `root`), sorted. */
export function sourceFiles(root: string, dir = 'src'): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (isSourceFile(child)) found.push(child);
    }
  };
  walk(dir);
  return found.sort();
}

/** The files that `file` imports by a relative specifier which names an existing file. */
export function importsOf(root: string, file: string, text = fs.readFileSync(path.join(root, file), 'utf8')): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  const targets = new Set<string>();
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName));
    if (fs.existsSync(path.join(root, target))) targets.add(target);
  }
  return [...targets].sort();
}

/** The import graph of the source files under `dir`. */
export function importGraph(root: string, dir = 'src'): ImportGraph {
  const files = sourceFiles(root, dir);
  const known = new Set(files);
  return new Map(files.map((file) => [file, importsOf(root, file).filter((target) => known.has(target))]));
}

/**
 * The strongly connected components of more than one node (or a node importing itself): each is a
 * set of files that import each other in a loop. Tarjan's algorithm, iterative so that a deep
 * chain of imports cannot overflow the stack.
 */
export function cyclesOf(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; edge: number }> = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const target = edges[frame.edge++]!;
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, edge: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfLoop = component.length === 1 && edges.includes(frame.node);
      if (component.length > 1 || selfLoop) components.push(component.sort());
    }
  }
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The module a file of `src/modules/` belongs to (`src/modules/ledger/x.ts` → `ledger`), else null. */
export function moduleOf(file: string): string | null {
  return /^src\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;
}

/** The graph with every module folded into one node named `modules/<name>`, other files as they are. */
export function moduleGraph(graph: ImportGraph): ImportGraph {
  const nodeOf = (file: string): string => {
    const module = moduleOf(file);
    return module === null ? file : `modules/${module}`;
  };
  const folded = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = nodeOf(file);
    const edges = folded.get(from) ?? new Set<string>();
    for (const target of targets) if (nodeOf(target) !== from) edges.add(nodeOf(target));
    folded.set(from, edges);
  }
  return new Map([...folded].map(([node, edges]) => [node, [...edges].sort()]));
}
