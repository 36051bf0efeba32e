/**
 * The web app's API types, generated from the server's OpenAPI document (scripts/openapi.ts) with
 * openapi-typescript and formatted by Prettier, so the committed file passes `npm run lint` as is.
 *
 *   npx tsx scripts/generate-client.ts           write web/src/api/schema.gen.ts   (npm run api:generate)
 *   npx tsx scripts/generate-client.ts --check   fail, with a diff, when the committed file is stale (npm run api:check)
 *   npx tsx scripts/generate-client.ts --check <file>   the same against another copy (the test plants a change in one)
 *
 * The output depends on the route schemas alone: paths and fields are sorted, the header carries no
 * date or version, and Prettier takes the repository's own settings.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import prettier from 'prettier';

const root = path.resolve(import.meta.dirname, '..');

/** The generated file the web app imports (`web/src/api/typed.ts`). */
export const schemaFile = path.join(root, 'web/src/api/schema.gen.ts');

const header = `/**
 * Generated from the server's OpenAPI document by \`npm run api:generate\` (scripts/generate-client.ts,
 * openapi-typescript): do not edit. Change a route's zod schemas, regenerate, and commit this file
 * with them; \`npm run api:check\` (CI) fails while it differs from what the schemas generate.
 */
`;

/** The TypeScript text of a document's types: header, openapi-typescript output, Prettier's layout. */
export async function renderSchema(doc: unknown): Promise<string> {
  // Sorted paths, operations and fields: a route registered in another order changes nothing.
  const ast = await openapiTS(doc as OpenAPI3, { alphabetize: true, silent: true });
  const config = await prettier.resolveConfig(schemaFile);
  return prettier.format(header + astToString(ast), { ...config, filepath: schemaFile });
}

/** The verdict of comparing the committed file with a fresh generation. */
export type CheckResult = { current: true } | { current: false; message: string; diff: string };

/**
 * Compares `fresh` with the file at `committed`; on a difference writes `fresh` to `freshCopy`
 * and answers a message naming the remedy, with the unified diff (committed → fresh).
 */
export function compareWithCommitted(fresh: string, committed: string, freshCopy: string): CheckResult {
  const shown = path.relative(root, committed);
  if (fs.existsSync(committed) && fs.readFileSync(committed, 'utf8') === fresh) return { current: true };
  fs.mkdirSync(path.dirname(freshCopy), { recursive: true });
  fs.writeFileSync(freshCopy, fresh);
  const message = fs.existsSync(committed)
    ? `${shown} differs from what the route schemas generate: run \`npm run api:generate\` and commit it.`
    : `${shown} is missing: run \`npm run api:generate\` and commit it.`;
  return { current: false, message, diff: fs.existsSync(committed) ? unifiedDiff(committed, freshCopy) : '' };
}

/** `diff -u` of two files (`diff` exits 1 on a difference, which is what is asked here). */
function unifiedDiff(before: string, after: string): string {
  const result = spawnSync('diff', ['-u', '--label', 'committed', '--label', 'generated', before, after], {
    encoding: 'utf8',
  });
  if (result.error) return `(no diff: ${result.error.message})`;
  return result.stdout;
}

/** Writes the generated file, or with `--check` compares it with `committed` and exits 1 on a difference. */
async function main(check: boolean, committed: string): Promise<void> {
  const { openApiDocument } = await import('./openapi.ts');
  const fresh = await renderSchema(await openApiDocument());
  if (!check) {
    fs.writeFileSync(schemaFile, fresh);
    console.log(`wrote ${path.relative(root, schemaFile)}`);
    return;
  }
  const freshCopy = path.join(root, '.tmp/api-check/schema.gen.ts');
  const result = compareWithCommitted(fresh, committed, freshCopy);
  if (result.current) {
    console.log(`${path.relative(root, committed)} is current`);
    return;
  }
  const maxLines = 200;
  const lines = result.diff.split('\n');
  console.error(lines.slice(0, maxLines).join('\n'));
  if (lines.length > maxLines) console.error(`… ${lines.length - maxLines} more diff lines`);
  console.error(`\n${result.message}\n(the generated version is at ${path.relative(root, freshCopy)})`);
  process.exitCode = 1;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [mode, file] = process.argv.slice(2);
  await main(mode === '--check', path.resolve(file ?? schemaFile));
}
