/**
 * Writes the OpenAPI document of the API (`GET /api/openapi.json`) to a file, without a database:
 * the routes and their schemas are built as `serve` builds them, and nothing is answered.
 * `npm run api:generate` turns it into the web app's types (`web/src/api/schema.gen.ts`).
 *
 *   npx tsx scripts/openapi.ts [out.json]
 *   npx tsx scripts/openapi.ts --missing [/api/prefix]   operations without a success response schema
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppContext } from '../src/app-context.ts';
import { loadConfig } from '../src/config.ts';
import { buildApp } from '../src/http/app.ts';

/** The document as the running server serves it. */
export async function openApiDocument(): Promise<unknown> {
  // Building routes reads settings only; a handler that touched the database would fail loudly here.
  const unused = new Proxy(
    {},
    {
      get: () => {
        throw new Error('the OpenAPI document is built without a database');
      },
    },
  );
  const ctx = { config: loadConfig({}), db: unused, clock: unused, keys: unused, messages: unused, blobs: unused };
  const app = await buildApp(ctx as unknown as AppContext);
  await app.ready();
  const doc = app.swagger();
  await app.close();
  return doc;
}

interface Operation {
  responses?: Record<string, { content?: unknown }>;
}

/** `METHOD /path` of every operation whose success answers are not all described (204 needs no body). */
export function operationsWithoutResponses(doc: unknown, prefix = '/api/'): string[] {
  const paths = (doc as { paths: Record<string, Record<string, Operation>> }).paths;
  return Object.entries(paths)
    .filter(([url]) => url.startsWith(prefix))
    .flatMap(([url, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => {
          const success = Object.entries(operation.responses ?? {}).filter(([status]) => status.startsWith('2'));
          return success.length === 0 || !success.every(([status, answer]) => answer.content || status === '204');
        })
        .map(([method]) => `${method.toUpperCase()} ${url}`),
    );
}

/** Whether this file is the script run (`tsx scripts/openapi.ts`), not a module another script imports. */
const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (isMain && process.argv[2] === '--missing') {
  const missing = operationsWithoutResponses(await openApiDocument(), process.argv[3]);
  console.log(missing.join('\n'));
  console.log(`${missing.length} operation(s) without a response schema`);
} else if (isMain) {
  const out = process.argv[2] ?? 'openapi.json';
  fs.writeFileSync(out, `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
