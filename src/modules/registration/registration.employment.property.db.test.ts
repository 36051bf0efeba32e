/**
 * The employment invariants against the real database: random operation sequences go through the
 * services (hire, separate, flexible enrolment, suspend, resume, terminate, death) and SQL checks
 * that no person is enrolled twice in one scheme on any day, that each enrolment's status replays
 * from its events, and that every accepted operation left exactly one audit entry.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SECOND_CREDIT_CODE } from '../../demo/registration-demo.ts';
import { addDays, type CalendarDate } from '../../kernel/calendar-date.ts';
import { citizenIdCheckCharacter } from '../../kernel/citizen-id.ts';
import { Rejection } from '../../kernel/rejection.ts';
import { systemActor } from '../audit/index.ts';
import { loadStaffActor, type StaffActor } from '../auth/index.ts';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { hirePerson, registerDeath, separateEmployment } from './registration.employment.service.ts';
import { changeEnrolment, enrolFlexible } from './registration.enrolments.service.ts';
import { SCHEMES, type Scheme } from './registration.model.ts';
import { createPerson } from './registration.persons.service.ts';

let t: TestContext;
let clerk: StaffActor;
let employers: number[];
let serial = 0;

beforeAll(async () => {
  // The demo as every database test gets it: a clone of the run's seeded image.
  t = await testContext({ demo: true }, { seedDemo: true });
  const staff = await t.ctx.db
    .selectFrom('staff')
    .select('id')
    .where('username', '=', 'clerk')
    .executeTakeFirstOrThrow();
  clerk = (await loadStaffActor(t.ctx.db, staff.id))!;
  const rows = await t.ctx.db
    .selectFrom('employers')
    .select('id')
    .where('credit_code', 'in', ['91110000600037341L', DEMO_SECOND_CREDIT_CODE])
    .orderBy('id')
    .execute();
  employers = rows.map((r) => r.id);
});
afterAll(() => t.dispose());

type Op =
  | { kind: 'hire'; employer: number; schemes: Scheme[] | null }
  | { kind: 'separate'; employer: number }
  | { kind: 'flexible'; scheme: 'pension' | 'medical' }
  | { kind: 'suspend' | 'resume' | 'terminate'; pick: number }
  | { kind: 'death' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('hire' as const),
      employer: fc.nat(1),
      schemes: fc.option(fc.subarray([...SCHEMES], { minLength: 1 }), { nil: null }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('separate' as const), employer: fc.nat(1) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('flexible' as const),
      scheme: fc.constantFrom('pension' as const, 'medical' as const),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('suspend' as const, 'resume' as const, 'terminate' as const),
      pick: fc.nat(10),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('death' as const) }) },
);

const who = { ...systemActor, kind: 'staff' as const, name: 'property' };

async function run(personId: number, o: Op, on: CalendarDate): Promise<void> {
  const { ctx } = t;
  switch (o.kind) {
    case 'hire':
      await hirePerson(
        ctx,
        clerk,
        who,
        { personId },
        {
          employerId: employers[o.employer]!,
          hiredOn: on,
          schemes: o.schemes ?? undefined,
        },
      );
      return;
    case 'separate': {
      const job = await ctx.db
        .selectFrom('employments')
        .select('id')
        .where('person_id', '=', personId)
        .where('employer_id', '=', employers[o.employer]!)
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (!job) throw new Rejection('employment_not_found');
      await separateEmployment(ctx, clerk, who, personId, job.id, { separatedOn: on, reason: 'resignation' });
      return;
    }
    case 'flexible':
      await enrolFlexible(ctx, clerk, who, personId, { scheme: o.scheme, startedOn: on, poolingRegion: '330106' });
      return;
    case 'death': {
      const { version } = await ctx.db
        .selectFrom('persons')
        .select('version')
        .where('person_id', '=', personId)
        .executeTakeFirstOrThrow();
      await registerDeath(ctx, clerk, who, personId, { version, deathDate: on });
      return;
    }
    default: {
      const all = await ctx.db
        .selectFrom('enrolments')
        .select('id')
        .where('person_id', '=', personId)
        .orderBy('id')
        .execute();
      const target = all[o.pick % Math.max(1, all.length)];
      if (!target) throw new Rejection('enrolment_not_found');
      await changeEnrolment(ctx, clerk, who, personId, target.id, o.kind, { effectiveOn: on, reason: 'property' });
    }
  }
}

async function auditCount(personId: number): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('entity', '=', 'person')
    .where('entity_id', '=', String(personId))
    .where('actor_name', '=', 'property')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function violations(personId: number): Promise<unknown[]> {
  const { rows: overlaps } = await sql`
    SELECT a.id, b.id FROM enrolments a JOIN enrolments b
        ON a.person_id = b.person_id AND a.id < b.id AND a.scheme = b.scheme
       AND (a.scheme <> 'work_injury' OR a.employer_id IS NOT DISTINCT FROM b.employer_id)
     WHERE a.person_id = ${personId}
       AND daterange(a.started_on, a.ended_on) && daterange(b.started_on, b.ended_on)`.execute(t.ctx.db);
  const { rows: replay } = await sql`
    SELECT n.id, n.status, last.event FROM enrolments n
      JOIN LATERAL (SELECT event, effective_on FROM enrolment_events v
                     WHERE v.person_id = n.person_id AND v.enrolment_id = n.id ORDER BY v.id DESC LIMIT 1) last ON true
     WHERE n.person_id = ${personId}
       AND (n.status <> CASE last.event WHEN 'suspended' THEN 'suspended' WHEN 'terminated' THEN 'terminated' ELSE 'active' END
            OR (n.status = 'terminated' AND last.effective_on <> n.ended_on))`.execute(t.ctx.db);
  const { rows: unstarted } = await sql`
    SELECT n.id FROM enrolments n WHERE n.person_id = ${personId} AND NOT EXISTS (
      SELECT 1 FROM enrolment_events v WHERE v.person_id = n.person_id AND v.enrolment_id = n.id AND v.event = 'started')`.execute(
    t.ctx.db,
  );
  const { rows: jobs } = await sql`
    SELECT a.id, b.id FROM employments a JOIN employments b ON a.person_id = b.person_id AND a.id < b.id
     WHERE a.person_id = ${personId}
       AND daterange(a.hired_on, a.separated_on) && daterange(b.hired_on, b.separated_on)`.execute(t.ctx.db);
  return [...overlaps, ...replay, ...unstarted, ...jobs];
}

describe('employment invariants on the database', () => {
  it('hold after random sequences of operations through the services', async () => {
    let acceptedOps = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(op, fc.integer({ min: 0, max: 120 })), { minLength: 4, maxLength: 12 }),
        async (ops) => {
          serial += 1;
          const body = `3301061985${String(1 + (serial % 12)).padStart(2, '0')}${String(1 + (serial % 28)).padStart(2, '0')}${String(100 + serial).slice(-3)}`;
          const citizenId = body + citizenIdCheckCharacter(body);
          const person = await createPerson(t.ctx, clerk, who, {
            citizenId,
            name: `性质${serial}`,
            gender: Number(body[16]) % 2 ? 'male' : 'female',
            birthDate: `${body.slice(6, 10)}-${body.slice(10, 12)}-${body.slice(12, 14)}`,
          });
          let day = '2023-01-01' as CalendarDate;
          let accepted = await auditCount(person.personId);
          for (const [o, advance] of ops) {
            day = addDays(day, advance);
            if (day > '2026-03-02') day = '2026-03-02' as CalendarDate;
            try {
              await run(person.personId, o, day);
              accepted += 1;
              acceptedOps += 1;
            } catch (error) {
              if (!(error instanceof Rejection)) throw error;
            }
            expect(await auditCount(person.personId)).toBe(accepted);
          }
          expect(await violations(person.personId)).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
    // Not only refusals: the sequences changed the database.
    expect(acceptedOps).toBeGreaterThan(15);
  });
});
