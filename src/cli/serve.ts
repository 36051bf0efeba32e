/** `shebao serve`: migrate, seed on a first demo start, listen, and stop cleanly on a signal. */
import type { Config } from '../config.ts';
import { seedDemo } from '../demo/seed.ts';
import { buildApp } from '../http/app.ts';
import { openSystem } from '../system.ts';

export async function serve(config: Config): Promise<void> {
  const system = await openSystem(config);
  if (config.demo && (await seedDemo(system.ctx))) console.log('Seeded the demo province (accounts in README.md).');
  const app = await buildApp(system.ctx, { logger: { level: config.logLevel }, serveWeb: true });
  const stop = async (): Promise<void> => {
    await app.close();
    await system.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  console.log(`Shebao is serving http://localhost:${config.port} on ${where}${config.demo ? ' (demo mode)' : ''}.`);
}
