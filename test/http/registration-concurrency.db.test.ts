/**
 * A bulk import must not stall the rest of the agency: it takes the audit chain only at its single
 * append at the end, so logins and other audited writes go on while it runs. Only a real server
 * runs transactions side by side (PGlite serialises them), so this runs on PostgreSQL only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../src/kernel/calendar-date.ts';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';
import { systemActor } from '../../src/modules/audit/index.ts';
import { applyEmploymentBatch } from '../../src/modules/registration/index.ts';
import { testApp, type TestApp } from '../support/http.ts';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
/** Distinct valid IDs: birth dates from 1990-01-01 on, 900 sequence numbers a day. */
function citizenIdFor(i: number): string {
  const birth = addDays('1990-01-01' as CalendarDate, Math.floor(i / 900)).replaceAll('-', '');
  const body = `330106${birth}${String(100 + (i % 900))}`;
  return body + citizenIdCheckCharacter(body);
}

/** `count` hires of new persons (IDs from the `from`-th on), as an import's rows. */
function hires(count: number, from: number, name: string) {
  return Array.from({ length: count }, (_, i) => ({
    line: i + 2,
    action: 'hire' as const,
    citizenId: citizenIdFor(from + i),
    name: `${name}${i}`,
    date: '2026-03-02',
  }));
}

describe.runIf(onPostgres)('an import running alongside other work', () => {
  let t: TestApp;
  /** The batch in a transaction of its own; `halfway` is called when its validation is done. */
  const importing = (employerId: number, rows: ReturnType<typeof hires>, halfway: () => void) =>
    t.ctx.db.transaction().execute((trx) =>
      applyEmploymentBatch(trx, t.ctx, systemActor, {
        employerId,
        channel: 'import',
        importId: null,
        rows,
        onProgress: (done, total) => {
          if (done >= total / 2) halfway(); // validation done: the writes are under way
        },
      }),
    );
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.dispose());
  const employmentCount = async () =>
    (
      await t.ctx.db
        .selectFrom('employments')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;

  it('lets a staff login (an audited write) finish while a large import is still running', async () => {
    const employer = await t.ctx.db
      .selectFrom('employers')
      .select('id')
      .where('credit_code', '=', '91110000600037341L')
      .executeTakeFirstOrThrow();
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let importDone = 0;
    const imported = importing(employer.id, hires(6_000, 0, '并发'), started).then((result) => {
      importDone = performance.now();
      return result;
    });
    await running;
    await t.as('reviewer');
    const loginDone = performance.now();
    const result = await imported;
    expect(result.ok, JSON.stringify(result).slice(0, 500)).toBe(true);
    expect(loginDone).toBeLessThan(importDone);
  });

  it('applies nothing when its employer changed while it ran (registration_version_conflict)', async () => {
    const employer = await t.ctx.db
      .selectFrom('employers')
      .select(['id', 'agency_id'])
      .where('credit_code', '=', '91110000600037341L')
      .executeTakeFirstOrThrow();
    const other = await t.ctx.db
      .selectFrom('agencies')
      .select('id')
      .where('id', '<>', employer.agency_id)
      .executeTakeFirstOrThrow();
    const before = await employmentCount();
    let moved: Promise<unknown> | undefined;
    // Validation done: a clerk moves the employer to another agency, committed at once.
    const imported = importing(employer.id, hires(3_000, 20_000, '变更'), () => {
      moved ??= t.ctx.db.updateTable('employers').set({ agency_id: other.id }).where('id', '=', employer.id).execute();
    });
    await expect(imported).rejects.toMatchObject({ code: 'registration_version_conflict' });
    await moved;
    const after = await employmentCount();
    expect(after).toBe(before);
  });
});
