import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, ok, publicLogin, refused, type TestApp, testApp } from '../../../test/support/http.ts';
import { DEMO_SECOND_CREDIT_CODE } from '../../demo/registration-demo.ts';
import { parseCents } from '../../kernel/cents.ts';
import { citizenIdCheckCharacter } from '../../kernel/citizen-id.ts';
import { parsePeriod } from '../../kernel/period.ts';
import { assessBackPayment, assessPayers, assessUndeclared } from './contributions.assessment.ts';

// The demo ledger records every month up to 202602 as paid; the clock moves to 2026-07-15 so that
// 202603–202607 are open months without records (202607 the current one).
const DEMO_EMPLOYER = '91110000600037341L';
const withCheck = (body: string) => body + citizenIdCheckCharacter(body);
const LI_MING = withCheck('33010619850312001');
const STAFF = [
  [LI_MING, '李明', '8000.00'],
  [withCheck('33010619900718002'), '王芳', '3000.00'],
  [withCheck('33010619920205003'), '陈杰', '30000.00'],
  [withCheck('33010619881120004'), '刘婷', '6500.50'],
  [withCheck('33010619950609005'), '赵磊', '7127.00'],
  [withCheck('33010619830427007'), '周强', '12000.00'],
] as const;
const SUN_YUE = withCheck('33010619970914006'); // employed by the second employer
const UNKNOWN = withCheck('33010619990101999');

let t: TestApp;
let clerk: Caller;
let employerHall: Caller;
let personHall: Caller;
let demoEmployerId: number;
let secondEmployerId: number;
let wuJingId: number;

const lines = (wages: readonly (readonly [string, string, string])[] = STAFF) =>
  wages.map(([citizenId, name, wage]) => ({ citizenId, name, wage }));

async function employerId(creditCode: string): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('employers')
    .select('id')
    .where('credit_code', '=', creditCode)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function declarationCount(): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('contribution_declarations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function csvUpload(caller: Caller, period: string, csv: string) {
  const boundary = '----declaration';
  const payload = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="wages.csv"',
    'Content-Type: text/csv',
    '',
    csv,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return caller.call('POST', `/api/hall/employer/declarations/upload?period=${period}`, payload, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

beforeAll(async () => {
  t = await testApp();
  t.clock.set(new Date('2026-07-15T02:00:00Z'));
  clerk = await t.as('clerk');
  employerHall = await publicLogin(t, 'employer', DEMO_EMPLOYER);
  personHall = await publicLogin(t, 'person', LI_MING);
  demoEmployerId = await employerId(DEMO_EMPLOYER);
  secondEmployerId = await employerId(DEMO_SECOND_CREDIT_CODE);
  const wu = await t.ctx.db
    .selectFrom('persons')
    .select('person_id')
    .where('name', '=', '吴静')
    .executeTakeFirstOrThrow();
  wuJingId = wu.person_id;
});
afterAll(() => t.dispose());

describe('hall employer: monthly declaration', () => {
  it('declares, assesses and bills in one go (floor, mid, ceiling)', async () => {
    const receipt = ok(
      await employerHall.call('POST', '/api/hall/employer/declarations', { period: '202605', lines: lines() }),
      201,
    );
    expect(receipt).toMatchObject({
      kind: 'monthly',
      period: '202605',
      revision: 1,
      lineCount: 6,
      totalWage: '66627.50',
    });
    expect(receipt.declarationNo).toMatch(/^SB202605\d{8}$/);
    expect(receipt.bill.billNo).toMatch(/^JF202605\d{8}$/);
    const billLines = await t.ctx.db
      .selectFrom('bill_lines')
      .innerJoin('persons', 'persons.person_id', 'bill_lines.person_id')
      .select(['persons.name', 'scheme', 'base_fen', 'employer_fen', 'employee_fen', 'account_credit_fen'])
      .where('bill_id', '=', receipt.bill.id)
      .execute();
    const pension = (name: string) => billLines.find((l) => l.name === name && l.scheme === 'pension')!;
    // 2026: the 2025 average wage 7127.00 is the latest in force → floor 4276.20, ceiling 21381.00.
    expect(pension('王芳')).toMatchObject({
      base_fen: 427620,
      employer_fen: 68419,
      employee_fen: 34210,
      account_credit_fen: 34210,
    });
    expect(pension('陈杰')).toMatchObject({ base_fen: 2138100, employer_fen: 342096, employee_fen: 171048 });
    expect(pension('李明')).toMatchObject({ base_fen: 800000, employer_fen: 128000, employee_fen: 64000 });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['entity', 'entity_id'])
      .where('action', '=', 'collection.declaration.submit')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ entity: 'employer', entity_id: String(demoEmployerId) });
  });

  it('refuses bad lines, every one reported, nothing written', async () => {
    const before = await declarationCount();
    const bad = [
      { citizenId: LI_MING, name: '李明', wage: '-1.00' },
      { citizenId: STAFF[1][0], name: '王芳', wage: '0.00' },
      { citizenId: STAFF[2][0], name: '陈杰', wage: '2138100.01' }, // > 100 × the ceiling
      { citizenId: STAFF[3][0], name: '王五', wage: '5000.00' }, // wrong name
      { citizenId: STAFF[4][0], wage: '5000.00' },
      { citizenId: STAFF[4][0], wage: '5000.00' }, // duplicate
      { citizenId: SUN_YUE, wage: '5000.00' }, // another employer's employee
      { citizenId: UNKNOWN, wage: '5000.00' },
      { citizenId: '330106199001011234', wage: '5000.00' }, // bad check character
      { citizenId: STAFF[5][0], wage: '12,000.001' },
    ];
    const body = refused(
      await employerHall.call('POST', '/api/hall/employer/declarations', { period: '202604', lines: bad }),
      'collection_declaration_rows_rejected',
      400,
    );
    expect(body.details.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [1, 'collection_line_wage_not_positive'],
      [2, 'collection_line_wage_not_positive'],
      [3, 'collection_line_wage_absurd'],
      [4, 'collection_line_name_mismatch'],
      [6, 'collection_line_duplicate'],
      [7, 'collection_line_not_employed'],
      [8, 'collection_line_person_unknown'],
      [9, 'collection_line_citizen_id_invalid'],
      [10, 'collection_line_wage_invalid'],
    ]);
    expect(body.details.errors[0].message).toBeTruthy();
    expect(await declarationCount()).toBe(before);
  });

  it('refuses a future period and a closed one', async () => {
    refused(
      await employerHall.call('POST', '/api/hall/employer/declarations', { period: '202608', lines: lines() }),
      'collection_period_future',
      400,
    );
    await t.ctx.db
      .insertInto('collection_periods')
      .values({ region_code: '330106', period: '202603', status: 'closed' })
      .execute();
    refused(
      await employerHall.call('POST', '/api/hall/employer/declarations', { period: '202603', lines: lines() }),
      'collection_period_closed',
      409,
    );
  });

  it('corrects an open period with a revision that replaces the bill, until the bill has a payment', async () => {
    const first = ok(await employerHall.call('GET', '/api/hall/employer/declarations?period=202605')).items[0];
    const corrected = STAFF.map(([id, name, wage]) => [id, name, name === '李明' ? '9000.00' : wage] as const);
    const receipt = ok(
      await employerHall.call('POST', '/api/hall/employer/declarations', { period: '202605', lines: lines(corrected) }),
      201,
    );
    expect(receipt).toMatchObject({ declarationId: first.id, revision: 2 });
    expect(receipt.bill.id).not.toBe(first.bill.id);
    const old = await t.ctx.db
      .selectFrom('contribution_bills')
      .select('status')
      .where('id', '=', first.bill.id)
      .executeTakeFirstOrThrow();
    expect(old.status).toBe('cancelled');
    const detail = ok(await employerHall.call('GET', `/api/hall/employer/declarations/${first.id}`));
    expect(detail.revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
    expect(detail.lines.find((l: { name: string }) => l.name === '李*').wage).toBe('9000.00');
    expect(detail.lines[0].idMasked).toMatch(/\*/);
    await t.ctx.db.updateTable('contribution_bills').set({ paid_fen: 100 }).where('id', '=', receipt.bill.id).execute();
    refused(
      await employerHall.call('POST', '/api/hall/employer/declarations', { period: '202605', lines: lines() }),
      'collection_bill_paid',
      409,
    );
    await t.ctx.db.updateTable('contribution_bills').set({ paid_fen: 0 }).where('id', '=', receipt.bill.id).execute();
  });

  it('accepts a CSV upload, and reports bad rows by their spreadsheet row', async () => {
    const good = ['身份证号,姓名,月工资', ...STAFF.map(([id, name, wage]) => `${id},${name},${wage}`)].join('\n');
    const receipt = ok(await csvUpload(employerHall, '202604', good), 201);
    expect(receipt).toMatchObject({ period: '202604', lineCount: 6 });
    const bad = ['citizen ID,name,wage', `${LI_MING},李明,8000.00`, `${UNKNOWN},某人,100.00`].join('\n');
    const body = refused(await csvUpload(employerHall, '202604', bad), 'collection_declaration_rows_rejected', 400);
    expect(body.details.errors).toMatchObject([{ row: 3, field: 'citizenId', code: 'collection_line_person_unknown' }]);
    refused(await csvUpload(employerHall, '202604', '姓名\n李明'), 'collection_declaration_columns_missing', 400);
  });

  it('is for employers only', async () => {
    refused(await personHall.call('GET', '/api/hall/employer/declarations'), 'forbidden', 403);
  });
});

describe('payroll API', () => {
  it('declares with an API key and an Idempotency-Key; a replay answers the same', async () => {
    const key = ok(
      await employerHall.call('POST', '/api/hall/employer/api-keys', {
        label: 'payroll',
        scopes: ['declarations.write'],
      }),
      201,
    );
    const secret = key.key;
    const call = () =>
      t.anonymous('POST', '/api/v1/declarations', { period: '202606', lines: lines() } as object, {
        authorization: `Bearer ${secret}`,
        'idempotency-key': 'decl-202606',
      });
    const first = await call();
    expect(first.statusCode, first.body).toBe(201);
    const again = await call();
    expect(again.statusCode).toBe(201);
    expect(again.json().declarationId).toBe(first.json().declarationId);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });
});

describe('window (staff)', () => {
  it('declares for an employer and lists its declarations', async () => {
    const receipt = ok(
      await clerk.call('POST', '/api/collection/declarations', {
        employerId: secondEmployerId,
        period: '202605',
        lines: [{ citizenId: SUN_YUE, wage: '6000.00' }],
      }),
      201,
    );
    expect(receipt.bill.lines).toBe(4);
    const list = ok(await clerk.call('GET', `/api/collection/declarations?employerId=${secondEmployerId}`));
    expect(list.items.map((d: { period: string }) => d.period)).toEqual(['202605']);
    ok(await clerk.call('GET', `/api/collection/declarations/${receipt.declarationId}`));
  });

  it('declares a flexible worker’s base within the floor and ceiling', async () => {
    const receipt = ok(
      await clerk.call('POST', '/api/collection/declarations', {
        personId: wuJingId,
        period: '202605',
        base: '5000.00',
      }),
      201,
    );
    expect(receipt.bill.total).toBe('1500.00'); // pension 20 % + medical 10 %
    refused(
      await clerk.call('POST', '/api/collection/declarations', {
        personId: wuJingId,
        period: '202604',
        base: '4000.00',
      }),
      'collection_flexible_base_out_of_range',
      400,
    );
    const list = ok(await clerk.call('GET', `/api/collection/declarations?personId=${wuJingId}`));
    expect(list.items).toHaveLength(1);
  });

  it('needs collection.declare, and a strict body', async () => {
    const auditor = await t.as('auditor');
    refused(
      await auditor.call('POST', '/api/collection/declarations', {
        employerId: secondEmployerId,
        period: '202605',
        lines: lines(),
      }),
      'forbidden',
      403,
    );
    const extra = await clerk.call('POST', '/api/collection/declarations', {
      employerId: secondEmployerId,
      period: '202605',
      lines: lines(),
      x: 1,
    });
    expect(extra.statusCode).toBe(400);
  });

  it('refuses a person who is not a flexible worker in the hall', async () => {
    refused(
      await personHall.call('POST', '/api/hall/person/declarations', { period: '202605', base: '5000.00' }),
      'collection_not_flexible_worker',
      409,
    );
  });
});

describe('assessment with the database', () => {
  it('the 110 % rule: last declared wage × 1.1; never declared: the average wage', async () => {
    const a = await assessUndeclared(t.ctx.db, { kind: 'employer', employerId: demoEmployerId }, parsePeriod('202607'));
    expect(a.basis).toBe('undeclared');
    const pension = (name: string) => a.lines.find((l) => l.scheme === 'pension' && l.personId === ids.get(name))!;
    const ids = new Map(
      (await t.ctx.db.selectFrom('persons').select(['person_id', 'name']).execute()).map(
        (p) => [p.name, p.person_id] as const,
      ),
    );
    // 李明's last declared wage (202606, by the payroll API) is 8000.00 → 8800.00.
    expect(pension('李明').wage).toBe(parseCents('8800.00'));
    expect(pension('陈杰').base).toBe(parseCents('21381.00'));
    const second = await assessUndeclared(
      t.ctx.db,
      { kind: 'employer', employerId: secondEmployerId },
      parsePeriod('202604'),
    );
    expect(second.lines.find((l) => l.scheme === 'pension')!.wage).toBe(parseCents('7127.00'));
  });

  it('assessPayers: declared where declared, else undeclared, in one call', async () => {
    const got = await assessPayers(
      t.ctx.db,
      [
        { kind: 'employer', employerId: demoEmployerId },
        { kind: 'employer', employerId: secondEmployerId },
        { kind: 'flexible', personId: wuJingId },
      ],
      parsePeriod('202605'),
    );
    expect(got.map((a) => a.basis)).toEqual(['declared', 'declared', 'declared']);
    expect(got[0]!.declarationRevision).toBe(2);
    const march = await assessPayers(t.ctx.db, [{ kind: 'flexible', personId: wuJingId }], parsePeriod('202606'));
    expect(march[0]).toMatchObject({ basis: 'undeclared', region: '330106' });
    expect(march[0]!.lines[0]!.wage).toBe(parseCents('5500.00'));
  });

  it('assessPayers reads set-based: more payers, no more statements', async () => {
    let statements = 0;
    const counted = t.ctx.db.withPlugin({
      transformQuery: (args) => {
        statements += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const count = async (payers: Parameters<typeof assessPayers>[1]) => {
      statements = 0;
      await assessPayers(counted, payers, parsePeriod('202605'));
      return statements;
    };
    const one = await count([{ kind: 'employer', employerId: demoEmployerId }]);
    const three = await count([
      { kind: 'employer', employerId: demoEmployerId },
      { kind: 'employer', employerId: secondEmployerId },
      { kind: 'flexible', personId: wuJingId },
    ]);
    // One more statement: the flexible workers' coverage. Parameters are read once per region.
    expect(three).toBeLessThanOrEqual(one + 1);
  });

  it('back payment: each period at its own parameters', async () => {
    const li = await t.ctx.db
      .selectFrom('persons')
      .select('person_id')
      .where('name', '=', '李明')
      .executeTakeFirstOrThrow();
    const got = await assessBackPayment(t.ctx.db, {
      payer: { kind: 'employer', employerId: demoEmployerId },
      personId: li.person_id,
      periods: ['202312', '202401'],
      wage: parseCents('4000.00'),
      schemes: ['pension'],
    });
    // 2023: 6664.00 × 0.6 = 3998.40 (the wage is above); 2024: 6917.00 × 0.6 = 4150.20 (the floor).
    expect(got.map((a) => [a.period, a.basis, a.lines[0]!.base])).toEqual([
      ['202312', 'back_payment', parseCents('4000.00')],
      ['202401', 'back_payment', parseCents('4150.20')],
    ]);
  });
});

describe('scope and annual bases', () => {
  it('refuses a payer outside the staff member’s agency subtree', async () => {
    const other = await t.ctx.db
      .insertInto('agencies')
      .values({
        code: 'test-other',
        name: '外地经办机构',
        level: 2,
        division_code: '330200',
        parent_id: null,
        path: '/test/',
        opened_on: '2020-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { agency_id } = await t.ctx.db
      .selectFrom('employers')
      .select('agency_id')
      .where('id', '=', secondEmployerId)
      .executeTakeFirstOrThrow();
    await t.ctx.db.updateTable('employers').set({ agency_id: other.id }).where('id', '=', secondEmployerId).execute();
    try {
      const response = await clerk.call('POST', '/api/collection/declarations', {
        employerId: secondEmployerId,
        period: '202606',
        lines: [{ citizenId: SUN_YUE, wage: '6000.00' }],
      });
      expect(response.json().code).toBe('out_of_scope');
      expect((await clerk.call('GET', `/api/collection/declarations?employerId=${secondEmployerId}`)).json().code).toBe(
        'out_of_scope',
      );
    } finally {
      await t.ctx.db.updateTable('employers').set({ agency_id }).where('id', '=', secondEmployerId).execute();
    }
  });

  it('annual bases: refused where the region declares monthly; else a monthly line may leave the wage out', async () => {
    const annual = {
      employerId: demoEmployerId,
      period: '2026',
      kind: 'annual_base',
      lines: [{ citizenId: LI_MING, wage: '10000.00' }],
    };
    refused(await clerk.call('POST', '/api/collection/declarations', annual), 'collection_annual_base_not_used', 409);
    await t.ctx.db
      .insertInto('policy_parameters')
      .values({
        region_code: '330106',
        key: 'collection.base_declaration',
        kind: 'text',
        valid_from: '2026-01-01',
        value: 'annual',
        basis: 'test',
      })
      .execute();
    const base = ok(await clerk.call('POST', '/api/collection/declarations', annual), 201);
    expect(base).toMatchObject({ kind: 'annual_base', period: '2026', bill: null });
    const monthly = ok(
      await clerk.call('POST', '/api/collection/declarations', {
        employerId: demoEmployerId,
        period: '202607',
        lines: [{ citizenId: LI_MING }],
      }),
      201,
    );
    expect(monthly).toMatchObject({ lineCount: 1, totalWage: '10000.00' });
    const missing = refused(
      await clerk.call('POST', '/api/collection/declarations', {
        employerId: demoEmployerId,
        period: '202607',
        lines: [{ citizenId: STAFF[1][0] }],
      }),
      'collection_declaration_rows_rejected',
      400,
    );
    expect(missing.details.errors).toMatchObject([{ row: 1, code: 'collection_line_wage_missing' }]);
  });
});
