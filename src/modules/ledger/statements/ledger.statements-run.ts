/**
 * Bulk annual statements for a pooling region (批量生成个人权益记录单): every person with rights
 * records in the region and year gets one statement of the run. The run is a row of
 * statement_runs with a cursor (the last person_id done) and progress; each chunk of persons is one
 * transaction that issues their statements and moves the cursor, so a failed or interrupted run
 * resumes where it stopped, and UNIQUE (person_id, year, run_id) keeps a rerun from issuing twice.
 */
import type { Selectable } from 'kysely';
import type { AppContext } from '../../../app-context.ts';
import type { Trx } from '../../../db/connection.ts';
import type { StatementRunTable } from '../../../db/schema.ts';
import { dateParts, today } from '../../../kernel/calendar-date.ts';
import { appendAudit, lockAuditHead, type AuditActor } from '../../audit/index.ts';
import { rejectStatement } from './ledger.statements.rejections.ts';
import { currentStatementOf, insertStatement, reserveStatementNumbers } from './ledger.statements.ts';

type RunRow = Selectable<StatementRunTable>;

/** Persons per chunk (one transaction): short enough not to hold the number sequence for long. */
export const STATEMENT_CHUNK_DEFAULT = 100;
export const STATEMENT_CHUNK_MAX = 1_000;
export const STATEMENT_RUNS_LISTED_MAX = 100;
const ERROR_TEXT_MAX = 500;

export interface StatementRunView {
  readonly id: number;
  readonly region: string;
  readonly year: number;
  readonly status: 'running' | 'completed' | 'failed';
  readonly personsTotal: number;
  readonly personsDone: number;
  readonly startedBy: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly error: string | null;
}

function viewOf(row: RunRow): StatementRunView {
  return {
    id: row.id,
    region: row.region_code,
    year: row.year,
    status: row.status,
    personsTotal: row.persons_total,
    personsDone: row.persons_done,
    startedBy: row.started_by,
    startedAt: new Date(row.started_at).toISOString(),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at).toISOString(),
    error: row.error,
  };
}

/** What one chunk did, for a progress bar and for writing the PDFs. */
export interface ChunkProgress {
  readonly run: StatementRunView;
  /** Statements issued by this chunk (persons already done by the run are skipped). */
  readonly issued: ReadonlyArray<{ personId: number; statementNo: string }>;
}

export interface StatementRunOptions {
  readonly region: string;
  readonly year: number;
  readonly who: AuditActor;
  /** 'cli', 'staff:<id>' … (kept on the run row). */
  readonly startedBy: string;
  readonly chunkSize?: number;
  /** Resume a run left 'running' (a process that died); the API never does, a person may still be running it. */
  readonly resumeRunning?: boolean;
  /** Called after every committed chunk; an exception stops the run, which is marked failed. */
  readonly onChunk?: (progress: ChunkProgress) => void | Promise<void>;
}

/** The persons with records in the region and year, after the cursor. */
function personsQuery(trx: Trx | AppContext['db'], region: string, year: number) {
  return trx
    .selectFrom('rights_records')
    .where('region_code', '=', region)
    .where('period', '>=', `${year}01`)
    .where('period', '<=', `${year}12`);
}

/**
 * Creates the run of a region and year, or takes up a failed one (and a running one when asked).
 * A completed run is answered as it is: rerunning it issues nothing.
 */
export async function openStatementRun(
  ctx: AppContext,
  options: Pick<StatementRunOptions, 'region' | 'year' | 'who' | 'startedBy' | 'resumeRunning'>,
): Promise<StatementRunView> {
  if (!/^\d{6}$/.test(options.region)) throw rejectStatement('statement_region_invalid');
  if (options.year >= dateParts(today(ctx.clock)).year) throw rejectStatement('statement_year_not_closed');
  return ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const existing = await trx
      .selectFrom('statement_runs')
      .selectAll()
      .where('region_code', '=', options.region)
      .where('year', '=', options.year)
      .forUpdate()
      .executeTakeFirst();
    if (existing?.status === 'completed') return viewOf(existing);
    if (existing?.status === 'running' && !options.resumeRunning) throw rejectStatement('statement_run_exists');
    const total = await personsQuery(trx, options.region, options.year)
      .select((eb) => eb.fn.count<number>('person_id').distinct().as('n'))
      .executeTakeFirstOrThrow();
    const row = existing
      ? await trx
          .updateTable('statement_runs')
          .set({ status: 'running', error: null, finished_at: null, persons_total: Number(total.n) })
          .where('id', '=', existing.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('statement_runs')
          .values({
            region_code: options.region,
            year: options.year,
            status: 'running',
            persons_total: Number(total.n),
            started_by: options.startedBy,
            started_at: ctx.clock.now(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, options.who, {
      action: existing ? 'statement.run.resume' : 'statement.run.start',
      entity: 'statement_run',
      entityId: row.id,
      details: { region: row.region_code, year: row.year, personsTotal: row.persons_total, from: row.cursor_person },
    });
    return viewOf(row);
  });
}

/** Issues the statements of the next chunk and moves the cursor, in one transaction. */
async function runChunk(
  ctx: AppContext,
  runId: number,
  chunkSize: number,
  who: AuditActor,
): Promise<ChunkProgress & { finished: boolean }> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const run = await trx
      .selectFrom('statement_runs')
      .selectAll()
      .where('id', '=', runId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const persons = await personsQuery(trx, run.region_code, run.year)
      .select('person_id')
      .distinct()
      .where('person_id', '>', run.cursor_person)
      .orderBy('person_id')
      .limit(chunkSize)
      .execute();
    const ids = persons.map((p) => p.person_id);
    const done =
      ids.length === 0
        ? []
        : await trx
            .selectFrom('rights_statements')
            .select('person_id')
            .where('run_id', '=', runId)
            .where('person_id', 'in', ids)
            .execute();
    const todo = ids.filter((id) => !done.some((d) => d.person_id === id));
    const issued = await issueAll(trx, ctx, run, todo);
    const last = persons.at(-1)?.person_id ?? run.cursor_person;
    const finished = persons.length < chunkSize;
    const updated = await trx
      .updateTable('statement_runs')
      .set({
        cursor_person: last,
        persons_done: run.persons_done + persons.length,
        ...(finished ? { status: 'completed' as const, finished_at: ctx.clock.now() } : {}),
      })
      .where('id', '=', runId)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (issued.length > 0 || finished)
      await appendAudit(trx, ctx.clock, who, {
        action: finished ? 'statement.run.complete' : 'statement.run.chunk',
        entity: 'statement_run',
        entityId: runId,
        details: { issued: issued.length, cursor: last, personsDone: updated.persons_done },
      });
    return { run: viewOf(updated), issued, finished };
  });
}

async function issueAll(trx: Trx, ctx: AppContext, run: RunRow, personIds: readonly number[]) {
  if (personIds.length === 0) return [];
  const issuedAt = ctx.clock.now();
  let sequence = await reserveStatementNumbers(trx, run.year, personIds.length);
  const issued: Array<{ personId: number; statementNo: string }> = [];
  for (const personId of personIds) {
    // The ledger as it stands in this transaction, with the marks it was read at (kept on the row).
    const read = await currentStatementOf(trx, personId, run.year);
    const row = await insertStatement(trx, {
      ...read,
      sequence: sequence++,
      issuedAt,
      issuedBy: `run:${run.id}`,
      runId: run.id,
    });
    issued.push({ personId, statementNo: row.statement_no });
  }
  return issued;
}

async function markFailed(ctx: AppContext, runId: number, who: AuditActor, error: unknown): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, ERROR_TEXT_MAX);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('statement_runs')
      .set({ status: 'failed', error: message, finished_at: ctx.clock.now() })
      .where('id', '=', runId)
      .where('status', '=', 'running')
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'statement.run.fail',
      entity: 'statement_run',
      entityId: runId,
      outcome: 'failed',
      details: { error: message },
    });
  });
}

/** Runs an opened run to its end, chunk by chunk; a failure marks it failed and is rethrown. */
export async function continueStatementRun(
  ctx: AppContext,
  run: StatementRunView,
  options: Pick<StatementRunOptions, 'who' | 'chunkSize' | 'onChunk'>,
): Promise<StatementRunView> {
  if (run.status === 'completed') return run;
  const chunkSize = Math.min(Math.max(1, options.chunkSize ?? STATEMENT_CHUNK_DEFAULT), STATEMENT_CHUNK_MAX);
  try {
    for (;;) {
      const chunk = await runChunk(ctx, run.id, chunkSize, options.who);
      await options.onChunk?.({ run: chunk.run, issued: chunk.issued });
      if (chunk.finished) return chunk.run;
    }
  } catch (error) {
    await markFailed(ctx, run.id, options.who, error);
    throw error;
  }
}

/** Issues the statements of a region and year: opens (or resumes) the run and runs it to its end. */
export async function runStatements(ctx: AppContext, options: StatementRunOptions): Promise<StatementRunView> {
  const run = await openStatementRun(ctx, options);
  return continueStatementRun(ctx, run, options);
}

/** The runs, newest first. */
export async function statementRuns(db: AppContext['db']): Promise<StatementRunView[]> {
  const rows = await db
    .selectFrom('statement_runs')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(STATEMENT_RUNS_LISTED_MAX)
    .execute();
  return rows.map(viewOf);
}
