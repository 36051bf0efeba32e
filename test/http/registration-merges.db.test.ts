import { ensureEmployer } from '../fixtures/registration/imports.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';
import { sealedCitizenId, type Scheme } from '../../src/modules/registration/index.ts';
import { type Caller, ok, refused, type TestApp, testApp } from '../support/http.ts';

// TEST_START is Monday 2026-03-02 09:00 China time.
const BASE = '/api/registration';
const TODAY = '2026-03-02';
let t: TestApp;
let clerk: Caller;
let reviewer: Caller;

function idOf(division: string, birth: string, sequence: string): string {
  const body = `${division}${birth}${sequence}`;
  return body + citizenIdCheckCharacter(body);
}

async function agencyId(code: string): Promise<number> {
  return (await t.ctx.db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

async function staffId(username: string): Promise<number> {
  return (await t.ctx.db.selectFrom('staff').select('id').where('username', '=', username).executeTakeFirstOrThrow())
    .id;
}

/** An employer of the clerk's agency, straight in the table (the employers part has its own tests). */
async function insertEmployer(creditCode: string): Promise<number> {
  return (await ensureEmployer(t.ctx, creditCode, { name: `测试单位${creditCode.slice(-2)}` })).id;
}

/** A hire with employee enrolments, straight in the tables (the employment part has its own tests). */
async function hire(personId: number, employerId: number, hiredOn: string, schemes: Scheme[]): Promise<number> {
  const now = t.clock.now();
  const employment = await t.ctx.db
    .insertInto('employments')
    .values({
      person_id: personId,
      employer_id: employerId,
      hired_on: hiredOn,
      source_channel: 'window',
      created_at: now,
      created_by_kind: 'system',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const scheme of schemes) {
    const enrolment = await t.ctx.db
      .insertInto('enrolments')
      .values({
        person_id: personId,
        scheme,
        category: 'employee',
        employer_id: employerId,
        employment_id: employment.id,
        started_on: hiredOn,
        pooling_region: '330100',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('enrolment_events')
      .values({
        person_id: personId,
        enrolment_id: enrolment.id,
        event: 'started',
        effective_on: hiredOn,
        actor_kind: 'system',
        actor_name: 'system',
        at: now,
      })
      .execute();
  }
  return employment.id;
}

async function flexible(personId: number, scheme: 'pension' | 'medical', startedOn: string): Promise<void> {
  const now = t.clock.now();
  await t.ctx.db
    .insertInto('enrolments')
    .values({
      person_id: personId,
      scheme,
      category: 'flexible',
      started_on: startedOn,
      pooling_region: '330100',
      created_at: now,
      updated_at: now,
    })
    .execute();
}

async function person(citizenId: string, name: string, birthDate: string, gender = 'male') {
  return ok(await clerk.call('POST', `${BASE}/persons`, { citizenId, name, gender, birthDate }), 201);
}

const registrations = async (personId: number) => ({
  employments: await t.ctx.db
    .selectFrom('employments')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute(),
  enrolments: await t.ctx.db
    .selectFrom('enrolments')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute(),
});

beforeAll(async () => {
  t = await testApp();
  [clerk, reviewer] = [await t.as('clerk'), await t.as('reviewer')];
});
afterAll(() => t.dispose());

describe('merging two records of one person (maker-checker)', () => {
  let survivor: { id: number };
  let merged: { id: number; duplicateSuspects: Array<{ flagId: number }> };
  let employer1: number;
  let employer2: number;
  let mergeId: number;

  beforeAll(async () => {
    survivor = await person(idOf('330106', '19880808', '011'), '钱八', '1988-08-08');
    merged = await person(idOf('330106', '19880808', '037'), '钱八', '1988-08-08');
    employer1 = await insertEmployer('91330106MA000000A1');
    employer2 = await insertEmployer('91330106MA000000A2');
    await hire(merged.id, employer1, '2024-01-01', ['pension', 'medical', 'unemployment', 'work_injury']);
    await hire(survivor.id, employer2, '2025-06-01', ['work_injury']);
  });

  it('proposes: both in scope, active and different; one open proposal per merged record', async () => {
    const flagId = merged.duplicateSuspects[0]!.flagId;
    refused(
      await clerk.call('POST', `${BASE}/merges`, { survivorId: survivor.id, mergedId: survivor.id, reason: '同一人' }),
      'person_merge_same_person',
      400,
    );
    refused(
      await clerk.call('POST', `${BASE}/merges`, {
        survivorId: survivor.id,
        mergedId: merged.id,
        flagId: flagId + 99,
        reason: '同一人',
      }),
      'person_merge_flag_mismatch',
      400,
    );
    refused(
      await reviewer.call('POST', `${BASE}/merges`, { survivorId: survivor.id, mergedId: merged.id, reason: 'x' }),
      'forbidden',
      403,
    );
    const proposal = ok(
      await clerk.call('POST', `${BASE}/merges`, {
        survivorId: survivor.id,
        mergedId: merged.id,
        flagId,
        reason: '同一人两条记录',
      }),
      201,
    );
    mergeId = proposal.id;
    expect(proposal).toMatchObject({
      survivorId: survivor.id,
      mergedId: merged.id,
      survivor: { id: survivor.id },
      merged: { id: merged.id },
      flagId,
      status: 'proposed',
      proposedBy: { name: '王受理' },
      decidedBy: null,
    });
    refused(
      await clerk.call('POST', `${BASE}/merges`, { survivorId: survivor.id, mergedId: merged.id, reason: '再提' }),
      'person_merge_already_proposed',
      409,
    );
    expect(ok(await reviewer.call('GET', `${BASE}/merges?status=proposed`)).map((m: { id: number }) => m.id)).toEqual([
      mergeId,
    ]);
    expect(ok(await clerk.call('GET', `${BASE}/merges/${mergeId}`)).status).toBe('proposed');
  });

  it('approval by a reviewer moves employments and enrolments to the survivor, keeping the dates', async () => {
    const before = await registrations(merged.id);
    const approved = ok(await reviewer.call('POST', `${BASE}/merges/${mergeId}/approve`, { note: '核实无误' }));
    expect(approved).toMatchObject({ status: 'approved', decidedBy: { name: '李复核' }, decisionNote: '核实无误' });

    const old = await registrations(merged.id);
    expect(old.employments).toEqual([
      expect.objectContaining({
        status: 'ended',
        separated_on: TODAY,
        separation_reason: 'merged',
        hired_on: '2024-01-01',
      }),
    ]);
    expect(old.enrolments.map((e) => [e.status, e.status_reason, e.ended_on])).toEqual(
      before.enrolments.map(() => ['terminated', 'merged', TODAY]),
    );
    const terminatedEvents = await t.ctx.db
      .selectFrom('enrolment_events')
      .select(['event', 'reason'])
      .where('person_id', '=', merged.id)
      .where('event', '=', 'terminated')
      .execute();
    expect(terminatedEvents).toHaveLength(4);

    const now = await registrations(survivor.id);
    const moved = now.employments.find((e) => e.employer_id === employer1)!;
    expect(moved).toMatchObject({
      hired_on: '2024-01-01',
      status: 'active',
      source_channel: 'merge',
      merged_from: before.employments[0]!.id,
    });
    const movedEnrolments = now.enrolments.filter((e) => e.merged_from !== null);
    expect(
      movedEnrolments.map((e) => [e.scheme, e.category, e.employer_id, e.employment_id, e.started_on, e.status]).sort(),
    ).toEqual(before.enrolments.map((e) => [e.scheme, e.category, employer1, moved.id, e.started_on, 'active']).sort());
    expect(now.enrolments.filter((e) => e.scheme === 'work_injury' && e.status === 'active')).toHaveLength(2);

    const mergedPerson = ok(await clerk.call('GET', `${BASE}/persons/${merged.id}`));
    expect(mergedPerson).toMatchObject({ status: 'merged', mergedInto: survivor.id });
    const mergedHistory = ok(await clerk.call('GET', `${BASE}/persons/${merged.id}/history`));
    expect(mergedHistory[0]).toMatchObject({
      field: 'merged_into',
      newValue: String(survivor.id),
      reason: '同一人两条记录',
    });
    expect(mergedHistory.map((h: { field: string }) => h.field)).toContain('registered');
    const survivorHistory = ok(await clerk.call('GET', `${BASE}/persons/${survivor.id}/history`));
    expect(survivorHistory[0]).toMatchObject({ field: 'merged_from', newValue: String(merged.id) });
    const flag = await t.ctx.db
      .selectFrom('person_duplicate_flags')
      .select('status')
      .where('id', '=', merged.duplicateSuspects[0]!.flagId)
      .executeTakeFirstOrThrow();
    expect(flag.status).toBe('merged');
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_name', 'details'])
      .where('action', '=', 'person.merge.approve')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_name: '李复核', details: { survivorId: survivor.id, mergedId: merged.id } });

    // A merged record is shown with its status but not changed or merged again.
    refused(
      await clerk.call('PATCH', `${BASE}/persons/${merged.id}`, {
        version: mergedPerson.version,
        changes: { name: '钱九' },
        reason: '改名',
      }),
      'person_merged',
      409,
    );
    refused(
      await clerk.call('POST', `${BASE}/merges`, { survivorId: merged.id, mergedId: survivor.id, reason: '反向' }),
      'person_merge_not_active',
      409,
    );
    refused(await reviewer.call('POST', `${BASE}/merges/${mergeId}/reject`, {}), 'person_merge_not_proposed', 409);

    const view = ok(await clerk.call('GET', `${BASE}/persons/${survivor.id}/view`));
    expect(view.merges).toEqual([expect.objectContaining({ id: mergeId, status: 'approved' })]);
    expect(view.employments.map((e: { employer: { id: number } }) => e.employer.id).sort()).toEqual(
      [employer1, employer2].sort(),
    );
    const pension = view.enrolments.find((e: { scheme: string }) => e.scheme === 'pension');
    expect(pension.events).toEqual([
      expect.objectContaining({ event: 'started', effectiveOn: '2024-01-01', reason: 'merged' }),
    ]);
  });

  it('refuses a conflicting merge and changes nothing', async () => {
    const a = await person(idOf('330106', '19770707', '015'), '孙九', '1977-07-07');
    const b = await person(idOf('330106', '19770707', '023'), '孙九', '1977-07-07');
    await flexible(a.id, 'pension', '2023-01-01');
    await hire(b.id, employer1, '2022-05-01', ['pension', 'medical']);
    const proposal = ok(
      await clerk.call('POST', `${BASE}/merges`, { survivorId: a.id, mergedId: b.id, reason: '同一人' }),
      201,
    );
    const before = [await registrations(a.id), await registrations(b.id)];
    const personsBefore = await t.ctx.db
      .selectFrom('persons')
      .selectAll()
      .where('person_id', 'in', [a.id, b.id])
      .orderBy('person_id')
      .execute();
    const conflict = refused(
      await reviewer.call('POST', `${BASE}/merges/${proposal.id}/approve`, {}),
      'person_merge_conflict',
      409,
    );
    expect(conflict.details).toEqual({ schemes: ['pension'], employerIds: [] });
    expect([await registrations(a.id), await registrations(b.id)]).toEqual(before);
    expect(
      await t.ctx.db
        .selectFrom('persons')
        .selectAll()
        .where('person_id', 'in', [a.id, b.id])
        .orderBy('person_id')
        .execute(),
    ).toEqual(personsBefore);
    expect(ok(await clerk.call('GET', `${BASE}/merges/${proposal.id}`)).status).toBe('proposed');

    // The reviewer then rejects it.
    const rejected = ok(
      await reviewer.call('POST', `${BASE}/merges/${proposal.id}/reject`, { note: '先处理养老保险' }),
    );
    expect(rejected).toMatchObject({ status: 'rejected', decisionNote: '先处理养老保险' });
    refused(await reviewer.call('POST', `${BASE}/merges/${proposal.id}/approve`, {}), 'person_merge_not_proposed', 409);
    expect(ok(await clerk.call('GET', `${BASE}/persons/${b.id}`)).status).toBe('active');
  });

  it('refuses the proposer as the decider', async () => {
    const a = await person(idOf('330106', '19660606', '019'), '周十', '1966-06-06');
    const b = await person(idOf('330106', '19660606', '035'), '周十', '1966-06-06');
    // A reviewer who also proposed (e.g. holding both roles): the table refuses it too.
    const row = await t.ctx.db
      .insertInto('person_merges')
      .values({
        survivor_id: a.id,
        merged_id: b.id,
        reason: '同一人',
        proposed_by: await staffId('reviewer'),
        proposed_at: t.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    refused(
      await reviewer.call('POST', `${BASE}/merges/${row.id}/approve`, {}),
      'person_merge_proposer_cannot_decide',
      403,
    );
    refused(
      await reviewer.call('POST', `${BASE}/merges/${row.id}/reject`, {}),
      'person_merge_proposer_cannot_decide',
      403,
    );
    refused(await clerk.call('POST', `${BASE}/merges/${row.id}/approve`, {}), 'forbidden', 403);
    refused(await reviewer.call('POST', `${BASE}/merges/999999/approve`, {}), 'person_merge_not_found', 404);
  });

  it('refuses a merge with a person out of scope', async () => {
    const citizenId = idOf('330203', '19550505', '013');
    const now = t.clock.now();
    const outside = await t.ctx.db
      .insertInto('persons')
      .values({
        ...sealedCitizenId(t.ctx.keys, citizenId),
        name: '宁波人',
        gender: 'male',
        birth_date: '1955-05-05',
        agency_id: await agencyId('330203'),
        source_channel: 'window',
        created_at: now,
        updated_at: now,
      })
      .returning('person_id')
      .executeTakeFirstOrThrow();
    refused(
      await clerk.call('POST', `${BASE}/merges`, {
        survivorId: survivor.id,
        mergedId: outside.person_id,
        reason: '同一人',
      }),
      'out_of_scope',
      403,
    );
  });
});
