/**
 * The SLA sweep over 1,000,000 running cases × scale, against the limit the issue sets: at most
 * 3 × a plain set-based UPDATE touching the same rows, measured in the same run on the same
 * server. ratio = sweep ÷ update, so a ratio of AT MOST 3 passes.
 *
 * Worst case on purpose: every generated case carries a stale state, so the sweep rewrites every
 * row and raises an alert for each case that became due soon or overdue (~20 %). Both timed
 * statements start from an identical, freshly generated and vacuumed table; the update runs before
 * and after the sweep and the faster of the two is the limit.
 *
 * On PostgreSQL (DATABASE_URL) the benchmark creates its own scratch database next to the one
 * named and drops it afterwards; without DATABASE_URL it runs on an in-memory PGlite.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { connect, type Connection } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { addDays, today as todayOf } from '../src/kernel/calendar-date.ts';
import { fixedClock } from '../src/kernel/clock.ts';
import { caseSettings, sweepBounds, sweepSla } from '../src/modules/cases/index.ts';
import { nationalWorkingDays } from '../src/kernel/working-days.ts';
import type { Benchmark } from './run.ts';
import { createDatabase, dropDatabase, withDatabase } from '../src/db/cluster.ts';

const CASES_AT_SCALE_1 = 1_000_000;
const REQUIRED_RATIO = 3;
/** A Monday inside the holiday calendar's years, so the run is the same whenever it is made. */
const CLOCK = fixedClock(new Date('2026-03-02T02:00:00Z'));

interface Scratch {
  readonly connection: Connection;
  readonly where: string;
  dispose(): Promise<void>;
}

async function scratchDatabase(): Promise<Scratch> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const connection = await connect({ dataDir: null });
    await migrate(connection);
    return { connection, where: 'PGlite (in memory)', dispose: () => connection.close() };
  }
  const name = `shebao_bench_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  await admin.end();
  await createDatabase(url, name);
  const connection = await connect({ databaseUrl: withDatabase(url, name), poolSize: 2 });
  await migrate(connection);
  return {
    connection,
    where: `PostgreSQL ${version} (scratch database ${name})`,
    dispose: async () => {
      await connection.close();
      await dropDatabase(url, name);
    },
  };
}

/** One agency, one owner, one bundle: what the generated cases reference. */
async function seedReferences(
  connection: Connection,
): Promise<{ agencyId: number; staffId: number; bundleId: number }> {
  const { db } = connection;
  const now = CLOCK.now();
  const agency = await db
    .insertInto('agencies')
    .values({
      code: '330106',
      name: '基准测试经办机构',
      level: 3,
      division_code: '330106',
      parent_id: null,
      path: '/1/',
      opened_on: '2000-01-01',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('agencies')
    .set({ path: `/${agency.id}/` })
    .where('id', '=', agency.id)
    .execute();
  const staff = await db
    .insertInto('staff')
    .values({
      agency_id: agency.id,
      username: 'bench',
      display_name: '基准',
      password_hash: 'x',
      password_changed_at: now,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const bundle = await db
    .insertInto('case_bundles')
    .values({ agency_id: agency.id, channel: 'window', received_at: now, received_by: staff.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { agencyId: agency.id, staffId: staff.id, bundleId: bundle.id };
}

/**
 * Generates `count` running cases in one INSERT … SELECT over generate_series. Deadlines spread
 * over 60 days around today (g mod 60 − 10); each row's stored state is deliberately wrong.
 */
async function generate(
  connection: Connection,
  refs: { agencyId: number; staffId: number; bundleId: number },
  count: number,
): Promise<void> {
  const today = todayOf(CLOCK);
  const bounds = sweepBounds(nationalWorkingDays, today, (await caseSettings(connection.db)).dueSoonWorkdays);
  await sql`
    INSERT INTO cases (case_number, bundle_id, item_id, item_code, item_version, item_name_zh, item_name_en,
      channel, agency_id, applicant_kind, applicant_name, applicant_id_type, applicant_index, applicant_enc,
      applicant_masked, phone_enc, phone_masked, received_at, received_by, owner_staff_id, status,
      next_step, accepted_at, accepted_on, promised_days, due_on, sla_state, created_at, updated_at)
    SELECT 'BENCH-' || to_char(${today}::date, 'YYYYMMDD') || '-' || lpad(g::text, 7, '0'),
      ${refs.bundleId}, 1 + g % 15, 'person-registration', 1, '个人参保登记', 'Person registration',
      'window', ${refs.agencyId}, 'anonymous', '张三', 'citizen_id',
      md5(g::text) || md5((g + 1)::text),
      'v1.' || md5((g + 2)::text) || '.' || md5((g + 3)::text) || md5((g + 4)::text) || '.' || md5((g + 5)::text),
      '110105********' || lpad((g % 10000)::text, 4, '0'),
      'v1.' || md5((g + 6)::text) || '.' || md5((g + 7)::text), '138****0000',
      ${CLOCK.now()}, ${refs.staffId}, ${refs.staffId}, 'in_progress',
      1, ${CLOCK.now()}, d.due_on - 14, 10, d.due_on,
      CASE WHEN d.due_on < ${bounds.today}::date THEN 'on_track'
           WHEN d.due_on < ${bounds.dueSoonBefore}::date THEN 'overdue' ELSE 'due_soon' END,
      ${CLOCK.now()}, ${CLOCK.now()}
    FROM generate_series(1, ${count}) AS g
    CROSS JOIN LATERAL (SELECT (${today}::date + (g % 60) - 10) AS due_on) AS d`.execute(connection.db);
}

async function settle(connection: Connection): Promise<void> {
  await sql`VACUUM ANALYZE cases`.execute(connection.db);
  if (connection.driver === 'postgres') await sql`CHECKPOINT`.execute(connection.db).catch(() => undefined);
}

async function reset(connection: Connection): Promise<void> {
  await sql`TRUNCATE case_alerts, case_sweep_runs, case_events, case_steps, case_materials, case_handovers,
    case_notice_cases, cases CASCADE`.execute(connection.db);
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const bench: Benchmark = {
  description: 'one SLA sweep over running cases vs a plain set-based UPDATE of the same rows',
  async run(scale) {
    const count = Math.max(1000, Math.round(CASES_AT_SCALE_1 * scale));
    const scratch = await scratchDatabase();
    try {
      const { connection } = scratch;
      console.log(`database: ${scratch.where}; running cases: ${count.toLocaleString('en')}`);
      const refs = await seedReferences(connection);

      const fresh = async (): Promise<number> => {
        await reset(connection);
        const generated = await timed(() => generate(connection, refs, count));
        await settle(connection);
        return generated.ms;
      };
      const plainUpdate = async (label: string) => {
        await fresh();
        const update = await timed(() =>
          sql`UPDATE cases SET sla_state = 'on_track', sla_changed_at = ${CLOCK.now()}
              WHERE status = 'in_progress'`.execute(connection.db),
        );
        const rows = Number(update.value.numAffectedRows ?? 0);
        console.log(`plain UPDATE (${label}): ${update.ms.toFixed(0)} ms, ${rows.toLocaleString('en')} rows`);
        return { ms: update.ms, rows };
      };

      // update, sweep, update, each on a freshly generated table: the limit is the faster update,
      // so neither warm-up nor the order of the runs can favour the sweep.
      const first = await plainUpdate('before');
      const generatedMs = await fresh();
      console.log(`generated in ${(generatedMs / 1000).toFixed(1)} s (INSERT … SELECT generate_series)`);
      const sweep = await timed(() => sweepSla({ db: connection.db, clock: CLOCK }, 'bench'));
      const run = sweep.value!;
      const today = todayOf(CLOCK);
      console.log(
        `sweep:        ${sweep.ms.toFixed(0)} ms, ${run.changed?.toLocaleString('en')} rows changed state, ` +
          `${run.alertsRaised?.toLocaleString('en')} alerts raised (today ${today}, deadlines ${addDays(today, -10)} … ${addDays(today, 49)})`,
      );
      const second = await plainUpdate('after');
      const limitMs = Math.min(first.ms, second.ms);
      const ratio = sweep.ms / limitMs;
      const pass = ratio <= REQUIRED_RATIO && run.changed === count && first.rows === count && second.rows === count;
      console.log(
        `ratio = sweep ÷ faster plain update = ${sweep.ms.toFixed(0)} ÷ ${limitMs.toFixed(0)} = ${ratio.toFixed(2)}; ` +
          `required: ratio ≤ ${REQUIRED_RATIO} (lower is better) → ${pass ? 'PASS' : 'FAIL'}`,
      );
      return { ratio, required: REQUIRED_RATIO, pass };
    } finally {
      await scratch.dispose();
    }
  },
};

export default bench;
