/**
 * Writes the OpenAPI document of the API (`GET /api/openapi.json`) to a file, without a database:
 * the routes and their schemas are built as `serve` builds them, and nothing is answered.
 * `npm run api:generate` turns it into the web app's types (`web/src/api/schema.gen.ts`).
 *
 *   npx tsx scripts/openapi.ts [out.json]
 */
import fs from 'node:fs';
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

const out = process.argv[2] ?? 'openapi.json';
fs.writeFileSync(out, `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
console.log(`wrote ${out}`);
