/** `shebao verify-archive`: prints what verifyArchive found; exit code 1 on any fault. */
import { verifyArchive, type VerifyArchiveResult } from '../modules/archive/index.ts';
import type { System } from '../system.ts';

/** The report lines of a verification: intact summary on stdout, faults on stderr. */
export function archiveReport(result: VerifyArchiveResult, storeKind: string): { out: string[]; err: string[] } {
  const err = [
    ...result.missing.map((f) => `missing ${f.sm3} (${f.refs.join(', ')})`),
    ...result.altered.map((f) => `altered ${f.sm3} (${f.refs.join(', ')})`),
    ...result.rowsAltered.map((archiveNo) => `row altered ${archiveNo}`),
  ];
  const summary = `${result.checked} files checked in the ${storeKind} store; unreferenced: ${result.unreferenced}`;
  return result.ok
    ? { out: [`archive intact: ${summary}`], err }
    : { out: [], err: [...err, `archive verification FAILED: ${summary}`] };
}

/** Runs the verification on an open system; returns the process exit code. */
export async function runVerifyArchive(system: System): Promise<number> {
  const result = await verifyArchive(system.ctx.db, system.ctx.blobs, system.ctx.keys);
  const { out, err } = archiveReport(result, system.ctx.blobs.kind);
  for (const line of out) console.log(line);
  for (const line of err) console.error(line);
  return result.ok ? 0 : 1;
}
