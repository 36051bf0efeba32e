/**
 * A migration file cut into its statements by PostgreSQL's own grammar (libpg-query, the server's
 * parser compiled to WebAssembly), so that dollar-quoted function bodies, quoted semicolons and
 * comments are never cut. The migrator sends the statements one at a time: Citus refuses DDL on a
 * distributed table inside a multi-statement query string, and one path for every driver keeps the
 * single server and the cluster on the same code.
 */
import { loadModule, parseSync } from 'libpg-query';

interface ParsedStatement {
  readonly stmt_location?: number;
  readonly stmt_len?: number;
}

let loaded: Promise<void> | undefined;

/** The statements of `script` in order, without their closing semicolons (a comment before one stays with it). */
export async function splitStatements(script: string): Promise<string[]> {
  loaded ??= loadModule();
  await loaded;
  const { stmts } = parseSync(script) as { stmts?: ParsedStatement[] };
  // The parser counts bytes, not UTF-16 code units: a Chinese comment before a statement would
  // otherwise shift every cut after it.
  const bytes = Buffer.from(script, 'utf8');
  return (stmts ?? []).map((statement) => {
    const start = statement.stmt_location ?? 0;
    const end = statement.stmt_len ? start + statement.stmt_len : bytes.length;
    return bytes.subarray(start, end).toString('utf8').trim();
  });
}
