/**
 * Closed-loop load: `clients` async clients, each issuing its next request as soon as the last one
 * answered, until `requests` have been answered in all. Latency is measured per request from the
 * moment the client issues it (so time spent queueing for a pooled connection counts).
 */
export interface LatencyFigures {
  readonly requests: number;
  readonly clients: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** The q-quantile (0 < q ≤ 1) of sorted samples by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export async function closedLoop(
  options: { clients: number; requests: number },
  request: (index: number) => Promise<unknown>,
): Promise<LatencyFigures> {
  const samples: number[] = [];
  let issued = 0;
  const started = performance.now();
  const client = async (): Promise<void> => {
    while (issued < options.requests) {
      const index = issued++;
      const t0 = performance.now();
      await request(index);
      samples.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  const seconds = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  return {
    requests: samples.length,
    clients: options.clients,
    seconds,
    perSecond: samples.length / seconds,
    p50Ms: quantile(samples, 0.5),
    p95Ms: quantile(samples, 0.95),
    p99Ms: quantile(samples, 0.99),
    maxMs: samples[samples.length - 1] ?? Number.NaN,
  };
}
