/** The real server on a random port over a fresh database seeded with the demo data. */
import type { AddressInfo } from 'node:net';
import { seedLiveDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/http/app.ts';
import { systemClock } from '../../src/kernel/clock.ts';
import { testContext } from './context.ts';

export async function startTestServer(options: { demo: boolean }): Promise<{ url: string; close(): Promise<void> }> {
  const test = await testContext({ demo: options.demo });
  const ctx = { ...test.ctx, clock: systemClock };
  await seedLiveDemo(ctx);
  const app = await buildApp(ctx, { serveWeb: true, strictResponses: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await test.dispose();
    },
  };
}
