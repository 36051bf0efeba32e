/**
 * `npm run bench -- <name> [--scale F]`: runs one benchmark on PostgreSQL when DATABASE_URL is set,
 * on PGlite otherwise. Each prints its figures, their ratio to a limit measured in the same run,
 * and ends with one JSON line `{"bench","ratio","required","pass"}`.
 */
export interface Benchmark {
  readonly description: string;
  run(scale: number): Promise<{ ratio: number; required: number; pass: boolean; extra?: Record<string, unknown> }>;
}

const benchmarks: Record<string, () => Promise<Benchmark>> = {
  'check-id': async () => (await import('./check-id.bench.ts')).default,
  'sla-sweep': async () => (await import('./sla-sweep.bench.ts')).default,
  import: async () => (await import('./import.bench.ts')).default,
  ledger: async () => (await import('./ledger.bench.ts')).default,
  'month-close': async () => (await import('./month-close.bench.ts')).default,
};

/** The names `npm run bench -- <name>` accepts (bench/README.md lists each). */
export const benchmarkNames: readonly string[] = Object.keys(benchmarks);

/** Runs one benchmark by name and prints its JSON line; the exit code (0 pass, 1 fail, 2 misuse). */
export async function runBench(name: string, scale: number): Promise<number> {
  const load = benchmarks[name];
  if (!load) {
    console.error(`unknown benchmark "${name}"; available: ${Object.keys(benchmarks).join(', ')}`);
    return 2;
  }
  if (!(scale > 0)) {
    console.error('--scale must be a positive number');
    return 2;
  }
  const bench = await load();
  console.log(`${name}: ${bench.description} (scale ${scale})`);
  const result = await bench.run(scale);
  console.log(
    JSON.stringify({
      bench: name,
      ratio: Number(result.ratio.toFixed(3)),
      required: result.required,
      pass: result.pass,
      ...result.extra,
    }),
  );
  return result.pass ? 0 : 1;
}
