/**
 * A spreadsheet import of 100,000 hires × scale, end to end (CSV parse, every row checked, all
 * rows applied through the real import service), against the limit the issue sets: at least 15 %
 * of the rate of a raw `COPY` of the same rows (persons, their history rows, employments,
 * enrolments and enrolment events, sealed and prepared before the clock starts) into the same
 * tables, measured in the same run on the same server. ratio = import rate ÷ COPY rate.
 *
 * On PostgreSQL (DATABASE_URL) the benchmark creates a scratch database next to the one named and
 * drops it afterwards (COPY through pg-copy-streams); without DATABASE_URL it runs on an in-memory
 * PGlite (COPY … FROM '/dev/blob').
 */
import { sql } from 'kysely';
import type { AppContext } from '../src/app-context.ts';
import { loadConfig } from '../src/config.ts';
import type { Db } from '../src/db/connection.ts';
import { addDays, calendarDate } from '../src/kernel/calendar-date.ts';
import { citizenIdCheckCharacter } from '../src/kernel/citizen-id.ts';
import { fixedClock } from '../src/kernel/clock.ts';
import { blindIndex, seal } from '../src/kernel/sm-crypto.ts';
import { benchKeys } from './support/keys.ts';
import { memoryBlobStore } from '../src/modules/archive/index.ts';
import { maskCitizenId } from '../src/modules/auth/index.ts';
import { systemActor } from '../src/modules/audit/index.ts';
import { outboxOnlyProviders } from '../src/modules/outbox/index.ts';
import { runImport } from '../src/modules/registration/registration.imports.ts';
import { SCHEMES } from '../src/modules/registration/registration.model.ts';
import type { Benchmark } from './run.ts';
import { openScratch, type Scratch } from './support/scratch.ts';

const ROWS_AT_SCALE_1 = 100_000;
const REQUIRED_RATIO = 0.15;
const CLOCK = fixedClock(new Date('2026-03-02T02:00:00Z'));
const HIRED_ON = '2026-03-01';
const REGION = '330106';
const WHO = { ...systemActor, name: 'bench' };
const PERSON_TABLES =
  'enrolment_events, enrolments, employments, person_changes, person_duplicate_flags, person_claims, persons';

/** One agency and one employer, founded long before the hires. */
async function seedEmployer(db: Db, ctx: AppContext): Promise<{ agencyId: number; employerId: number }> {
  const now = CLOCK.now();
  const agency = await db
    .insertInto('agencies')
    .values({
      code: REGION,
      name: '基准测试经办机构',
      level: 3,
      division_code: REGION,
      parent_id: null,
      path: '/1/',
      opened_on: '2000-01-01',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const industry = await db
    .selectFrom('industries')
    .select(['code', 'risk_class'])
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const employer = await db
    .insertInto('employers')
    .values({
      employer_no: `${REGION}00000001`,
      credit_code: '91330106MA2BENCH01',
      identifier_index: blindIndex(ctx.keys, 'employer:91330106MA2BENCH01'),
      name: '基准测试单位',
      type: 'enterprise',
      industry_code: industry.code,
      risk_class: industry.risk_class,
      legal_rep_name: '基准',
      legal_rep_id_enc: seal(ctx.keys, '330106197001010011'),
      legal_rep_id_masked: '330106********0011',
      address: '杭州',
      contact_name: '基准',
      contact_phone_enc: seal(ctx.keys, '13900139000'),
      contact_phone_masked: '139****9000',
      pooling_region: REGION,
      agency_id: agency.id,
      founded_on: '2000-01-01',
      registered_on: '2000-01-01',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { agencyId: agency.id, employerId: employer.id };
}

interface Hire {
  readonly id: string;
  readonly name: string;
  readonly gender: 'male' | 'female';
  readonly birthDate: string;
}

/** `count` distinct valid IDs: 1,000 sequence numbers per birth day from 1970-01-01; unique names. */
function hires(count: number): Hire[] {
  const first = calendarDate(1970, 1, 1);
  return Array.from({ length: count }, (_, i) => {
    const birthDate = addDays(first, Math.floor(i / 1000));
    const body = `${REGION}${birthDate.replaceAll('-', '')}${String(i % 1000).padStart(3, '0')}`;
    return {
      id: body + citizenIdCheckCharacter(body),
      name: `员工${i}`,
      gender: (i % 1000) % 2 === 1 ? 'male' : 'female',
      birthDate,
    };
  });
}

function csvOf(rows: readonly Hire[]): Buffer {
  const lines = ['证件号码,姓名,业务类型,日期,参保险种', ...rows.map((h) => `${h.id},${h.name},增员,${HIRED_ON},全部`)];
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * The rows the import writes, as COPY text, for tables emptied with RESTART IDENTITY: person i
 * gets person_id i and employment id i, its enrolments ids 4i-3 … 4i, in this order.
 */
function copyBatches(ctx: AppContext, rows: readonly Hire[], ids: { agencyId: number; employerId: number }) {
  const now = CLOCK.now().toISOString();
  const persons: string[] = [];
  const claims: string[] = [];
  const changes: string[] = [];
  const employments: string[] = [];
  const enrolments: string[] = [];
  const events: string[] = [];
  rows.forEach((h, i) => {
    const personId = i + 1;
    const index = blindIndex(ctx.keys, `person:${h.id}`);
    persons.push(
      [
        index,
        seal(ctx.keys, h.id),
        maskCitizenId(h.id),
        h.name,
        h.gender,
        h.birthDate,
        ids.agencyId,
        'import',
        now,
        now,
      ].join('\t'),
    );
    claims.push([index, personId].join('\t'));
    changes.push([personId, personId, 'registered', 'import', '2026-03-02', 'system', 'bench', now].join('\t'));
    employments.push([personId, ids.employerId, HIRED_ON, 'import', '\\N', now, 'system'].join('\t'));
    SCHEMES.forEach((scheme, s) => {
      enrolments.push([personId, scheme, 'employee', ids.employerId, personId, HIRED_ON, REGION, now, now].join('\t'));
      events.push(
        [personId, i * SCHEMES.length + s + 1, 'started', HIRED_ON, 'hire', 'system', 'bench', now].join('\t'),
      );
    });
  });
  const text = (lines: string[]) => `${lines.join('\n')}\n`;
  return [
    {
      table: 'persons',
      columns:
        'id_index, id_enc, id_masked, name, gender, birth_date, agency_id, source_channel, created_at, updated_at',
      text: text(persons),
    },
    { table: 'person_claims', columns: 'id_index, person_id', text: text(claims) },
    {
      table: 'person_changes',
      columns: 'person_id, change_group, field, new_value, effective_on, actor_kind, actor_name, changed_at',
      text: text(changes),
    },
    {
      table: 'employments',
      columns: 'person_id, employer_id, hired_on, source_channel, import_id, created_at, created_by_kind',
      text: text(employments),
    },
    {
      table: 'enrolments',
      columns:
        'person_id, scheme, category, employer_id, employment_id, started_on, pooling_region, created_at, updated_at',
      text: text(enrolments),
    },
    {
      table: 'enrolment_events',
      columns: 'person_id, enrolment_id, event, effective_on, reason, actor_kind, actor_name, at',
      text: text(events),
    },
  ];
}

async function counts(db: Db): Promise<string> {
  const { rows } = await sql<{ p: number; e: number; n: number; v: number }>`
    SELECT (SELECT count(*) FROM persons)::int AS p, (SELECT count(*) FROM employments)::int AS e,
           (SELECT count(*) FROM enrolments)::int AS n, (SELECT count(*) FROM enrolment_events)::int AS v`.execute(db);
  const c = rows[0]!;
  return `${c.p} persons, ${c.e} employments, ${c.n} enrolments, ${c.v} events`;
}

async function settle(scratch: Scratch): Promise<void> {
  await sql`VACUUM ANALYZE`.execute(scratch.connection.db);
  if (scratch.connection.driver === 'postgres')
    await sql`CHECKPOINT`.execute(scratch.connection.db).catch(() => undefined);
}

const rate = (rows: number, ms: number) => Math.round((rows / ms) * 1000);

const bench: Benchmark = {
  description: 'spreadsheet import of hires (parse, check, apply) vs a raw COPY of the same rows',
  async run(scale) {
    const count = Math.max(100, Math.round(ROWS_AT_SCALE_1 * scale));
    const scratch = await openScratch();
    try {
      const { db } = scratch.connection;
      const ctx: AppContext = {
        db,
        clock: CLOCK,
        keys: benchKeys(),
        config: loadConfig({}),
        messages: outboxOnlyProviders,
        blobs: memoryBlobStore(),
      };
      console.log(`database: ${scratch.where}; hire rows: ${count.toLocaleString('en')}`);
      const ids = await seedEmployer(db, ctx);
      const rows = hires(count);
      const file = csvOf(rows);
      const batches = copyBatches(ctx, rows, ids);
      console.log(`file: ${(file.length / 1024 / 1024).toFixed(1)} MiB CSV; COPY text prepared (sealed) before timing`);
      await settle(scratch);

      const started = performance.now();
      const result = await runImport(ctx, WHO, {
        employerId: ids.employerId,
        bytes: file,
        fileName: 'bench.csv',
        language: 'zh-CN',
        channel: 'cli',
        dryRun: false,
      });
      const importMs = performance.now() - started;
      const imported = await counts(db);
      console.log(
        `import: ${importMs.toFixed(0)} ms, ${rate(count, importMs).toLocaleString('en')} rows/s (${result.status}; ${imported})`,
      );

      await sql.raw(`TRUNCATE ${PERSON_TABLES} RESTART IDENTITY CASCADE`).execute(db);
      await settle(scratch);
      const copyStarted = performance.now();
      await scratch.copyIn(batches);
      const copyMs = performance.now() - copyStarted;
      const copied = await counts(db);
      console.log(`COPY:   ${copyMs.toFixed(0)} ms, ${rate(count, copyMs).toLocaleString('en')} rows/s (${copied})`);

      const ratio = copyMs / importMs;
      const pass =
        ratio >= REQUIRED_RATIO && result.status === 'applied' && result.hires === count && imported === copied;
      console.log(
        `ratio = import rate ÷ COPY rate = ${rate(count, importMs)} ÷ ${rate(count, copyMs)} = ${ratio.toFixed(3)}; ` +
          `required: ratio ≥ ${REQUIRED_RATIO} (higher is better) → ${pass ? 'PASS' : 'FAIL'}`,
      );
      return { ratio, required: REQUIRED_RATIO, pass };
    } finally {
      await scratch.dispose();
    }
  },
};

export default bench;
