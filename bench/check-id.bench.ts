/**
 * `shebao check-id -` over generated citizen IDs, end to end (process start included). The limit
 * is the issue's: 10,000 lines in under 2 seconds, scaled with --scale. ratio = limit ÷ elapsed,
 * so a ratio of at least 1 passes.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from './run.ts';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/shebao.mjs');
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function citizenId(n: number): string {
  const body = `110105${1950 + (n % 60)}0${1 + (n % 9)}1${n % 10}${String(n % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

const bench: Benchmark = {
  description: 'identifier check of generated citizen IDs through the CLI',
  async run(scale) {
    const lines = Math.max(1, Math.round(10_000 * scale));
    const input = Array.from({ length: lines }, (_, i) => citizenId(i)).join('\n');
    const started = performance.now();
    const result = spawnSync(process.execPath, [bin, 'check-id', '-'], { input, maxBuffer: 1 << 28 });
    const elapsedMs = performance.now() - started;
    const limitMs = 2000 * scale;
    const printed = result.stdout.toString().trim().split('\n').length;
    console.log(
      `lines ${lines}, printed ${printed}, exit ${result.status}, elapsed ${elapsedMs.toFixed(0)} ms, limit ${limitMs.toFixed(0)} ms`,
    );
    const ratio = limitMs / elapsedMs;
    return { ratio, required: 1, pass: ratio >= 1 && printed === lines && result.status === 0 };
  },
};

export default bench;
