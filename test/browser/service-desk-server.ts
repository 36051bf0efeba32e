/**
 * The real server over a fresh demo database whose clock runs from a fixed working-day morning, so
 * that the halls are open and the kiosk issues tickets whatever day the tests run on.
 */
import type { AddressInfo } from 'node:net';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/http/app.ts';
import type { Clock } from '../../src/kernel/clock.ts';
import { testContext } from '../support/context.ts';

/** Monday 2 March 2026, 10:00 China Standard Time: an ordinary working day, halls open 09:00–17:00. */
export const SERVICE_DESK_START = new Date('2026-03-02T02:00:00Z');

/** A clock that starts at `start` and then runs with the real one (timers, SSE pings and polls stay real). */
export function runningClock(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

export interface ServiceDeskServer {
  url: string;
  close(): Promise<void>;
}

export async function startServiceDeskServer(options: { demo: boolean; port?: number }): Promise<ServiceDeskServer> {
  const test = await testContext({ demo: options.demo });
  const ctx = { ...test.ctx, clock: runningClock(SERVICE_DESK_START) };
  await seedDemo(ctx);
  const app = await buildApp(ctx, { serveWeb: true, strictResponses: true });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await test.dispose();
    },
  };
}
