/**
 * Whole databases on a server or a Citus cluster, for the tests and the benchmarks, which make and
 * drop their own. CREATE DATABASE is not propagated to Citus workers, so a database is made on
 * every node. A clone of a template is a clone on every node (each worker's copy of the template
 * holds its shards, the coordinator's the metadata that names them), so the test images of
 * test/support/db-images.ts work on Citus unchanged. On a single server every function here touches
 * only it.
 *
 * The cluster is found through the coordinator's maintenance database, where the workers are
 * registered (scripts/citus-cluster.sh does it for the test cluster).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/** Runs statements on a short-lived connection to `url`. */
async function run(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** `url` with its database replaced by `database`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

interface Cluster {
  /** The maintenance database of every worker (none on a single server). */
  readonly workers: readonly string[];
}

const clusters = new Map<string, Promise<Cluster>>();

async function readCluster(serverUrl: string): Promise<Cluster> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query<{ found: boolean }>(
      "SELECT to_regclass('pg_catalog.pg_dist_node') IS NOT NULL AS found",
    );
    if (!found.rows[0]!.found) return { workers: [] };
    const { rows } = await client.query<{ host: string; port: number }>(
      'SELECT nodename AS host, nodeport AS port FROM pg_dist_node WHERE groupid > 0 ORDER BY nodeid',
    );
    return {
      workers: rows.map(({ host, port }) => {
        const url = new URL(serverUrl);
        url.hostname = host;
        url.port = String(port);
        return url.toString();
      }),
    };
  } finally {
    await client.end();
  }
}

/** The cluster behind `serverUrl`: its workers, or none for a single server. */
export function clusterOf(serverUrl: string): Promise<Cluster> {
  let cluster = clusters.get(serverUrl);
  if (!cluster) clusters.set(serverUrl, (cluster = readCluster(serverUrl)));
  return cluster;
}

/** True when `serverUrl` is a Citus coordinator with workers. */
export async function isCluster(serverUrl: string): Promise<boolean> {
  return (await clusterOf(serverUrl)).workers.length > 0;
}

/**
 * Creates the empty database `name` on every node; on a cluster it gets the extension everywhere
 * and the coordinator's copy learns the workers, ready to be migrated.
 */
export async function createDatabase(serverUrl: string, name: string): Promise<void> {
  const { workers } = await clusterOf(serverUrl);
  for (const node of [serverUrl, ...workers]) await run(node, `CREATE DATABASE ${name}`);
  if (workers.length === 0) return;
  for (const node of [serverUrl, ...workers]) await run(withDatabase(node, name), 'CREATE EXTENSION citus');
  const coordinator = new URL(serverUrl);
  await run(
    withDatabase(serverUrl, name),
    `SELECT citus_set_coordinator_host('${coordinator.hostname}', ${Number(coordinator.port || 5432)})`,
    ...workers.map((worker) => {
      const url = new URL(worker);
      return `SELECT citus_add_node('${url.hostname}', ${Number(url.port || 5432)})`;
    }),
  );
}

/**
 * CREATE DATABASE … TEMPLATE on every node. It refuses while anyone is connected to the template;
 * nobody should be (see `sealTemplate`), but a backend may take a moment to exit: retry a while.
 */
export async function createFromTemplate(serverUrl: string, name: string, template: string): Promise<void> {
  const { workers } = await clusterOf(serverUrl);
  for (const node of [serverUrl, ...workers])
    for (let attempt = 1; ; attempt++) {
      try {
        await run(node, `CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (error) {
        const inUse = (error as { code?: string }).code === '55006';
        if (!inUse || attempt === 50) throw error;
        await sleep(20 * attempt);
      }
    }
}

/**
 * Closes a finished image to connections on every node and ends those still open: on a cluster
 * Citus's maintenance daemons and the nodes' connections to each other stay on a database, and a
 * template must be idle to be cloned.
 */
export async function sealTemplate(serverUrl: string, name: string): Promise<void> {
  const { workers } = await clusterOf(serverUrl);
  const nodes = [serverUrl, ...workers];
  for (const node of nodes) await run(node, `ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
  for (const node of nodes)
    await run(node, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
}

/** Drops the database `name` on every node, whoever is still connected. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const { workers } = await clusterOf(serverUrl);
  for (const node of [serverUrl, ...workers]) await run(node, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
