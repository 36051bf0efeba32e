/**
 * Demo registrations: the self-service demo employer and a second employer in Hangzhou Xihu,
 * employees hired and enrolled in all four schemes, one separation, one flexible worker, and the
 * demo insured person 张三 (born 1949, retired in 2000). Registered through the services (the
 * employers and the flexible worker as the Xihu demo clerk at the window, the employees through
 * the bulk batch), so every rule and history row applies.
 */
import type { AppContext } from '../app-context.ts';
import { today } from '../kernel/calendar-date.ts';
import { checkCitizenId, citizenIdCheckCharacter } from '../kernel/citizen-id.ts';
import { creditCodeCheckCharacter } from '../kernel/credit-code.ts';
import { appendAudit, systemActor, type AuditActor } from '../modules/audit/index.ts';
import { loadStaffActor, type StaffActor } from '../modules/auth/index.ts';
import {
  applyEmploymentBatch,
  createPerson,
  enrolFlexible,
  personIndex,
  registerEmployer,
  type EmploymentRow,
  type ReportableSeparationReason,
} from '../modules/registration/index.ts';
import { DEMO_PUBLIC_ACCOUNTS } from './demo-data.ts';

const DEMO_EMPLOYER = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!;
const DEMO_PERSON = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'person')!;
/** A citizen ID from its first 17 digits (the check character computed, GB 11643). */
const withCheck = (body: string) => body + citizenIdCheckCharacter(body);
/** The second employer's credit code (GB 32100 check character computed). */
export const DEMO_SECOND_CREDIT_CODE = `91330106MA27Y8K3P${creditCodeCheckCharacter('91330106MA27Y8K3P')}`;

interface DemoJob {
  employer: 'demo' | 'second';
  hiredOn: string;
  separatedOn?: string;
  reason?: ReportableSeparationReason;
}

interface DemoPerson {
  citizenId: string;
  name: string;
  phone?: string;
  jobs: DemoJob[];
  flexible?: string;
}

export const DEMO_REGISTRATION_PERSONS: DemoPerson[] = [
  {
    citizenId: withCheck('33010619850312001'),
    name: '李明',
    phone: '13700000001',
    jobs: [{ employer: 'demo', hiredOn: '2015-03-01' }],
  },
  // 王芳 has a mobile phone on file and no hall account yet: she can open one online (README).
  {
    citizenId: withCheck('33010619900718002'),
    name: '王芳',
    phone: '13700000002',
    jobs: [{ employer: 'demo', hiredOn: '2018-07-01' }],
  },
  { citizenId: withCheck('33010619920205003'), name: '陈杰', jobs: [{ employer: 'demo', hiredOn: '2019-09-01' }] },
  { citizenId: withCheck('33010619881120004'), name: '刘婷', jobs: [{ employer: 'demo', hiredOn: '2020-04-15' }] },
  { citizenId: withCheck('33010619950609005'), name: '赵磊', jobs: [{ employer: 'demo', hiredOn: '2022-02-01' }] },
  { citizenId: withCheck('33010619970914006'), name: '孙悦', jobs: [{ employer: 'second', hiredOn: '2021-03-01' }] },
  {
    citizenId: withCheck('33010619830427007'),
    name: '周强',
    jobs: [
      { employer: 'second', hiredOn: '2010-05-01', separatedOn: '2022-01-01', reason: 'resignation' },
      { employer: 'demo', hiredOn: '2022-01-01' },
    ],
  },
  { citizenId: withCheck('33010619780101008'), name: '吴静', jobs: [], flexible: '2021-01-01' },
  {
    citizenId: withCheck('33010619680815010'),
    name: '钱秀兰',
    jobs: [{ employer: 'second', hiredOn: '2000-01-01', separatedOn: '2023-08-16', reason: 'contract_end' }],
  },
  {
    citizenId: DEMO_PERSON.identifier,
    name: DEMO_PERSON.name,
    phone: DEMO_PERSON.phone,
    // A woman worker retires at 50: employed through 1999-12-31.
    jobs: [{ employer: 'second', hiredOn: '1988-07-01', separatedOn: '2000-01-01', reason: 'retirement' }],
  },
];

async function demoClerk(ctx: AppContext): Promise<StaffActor | null> {
  const row = await ctx.db.selectFrom('staff').select('id').where('username', '=', 'clerk').executeTakeFirst();
  return row ? loadStaffActor(ctx.db, row.id) : null;
}

async function registerDemoEmployers(ctx: AppContext, clerk: StaffActor, who: AuditActor) {
  const common = {
    type: 'enterprise' as const,
    poolingRegion: '330106',
    agencyId: clerk.agencyId,
    bankName: '中国工商银行杭州西湖支行',
  };
  const demo = await registerEmployer(ctx, clerk, who, {
    ...common,
    creditCode: DEMO_EMPLOYER.identifier,
    name: DEMO_EMPLOYER.name,
    industryCode: '65',
    legalRepName: '周示范',
    legalRepId: withCheck('33010619750506001'),
    address: '杭州市西湖区文三路90号',
    contactName: '何人事',
    contactPhone: DEMO_EMPLOYER.phone,
    bankAccount: '6222021202000000001',
    foundedOn: '2012-05-18',
    registeredOn: '2012-06-01',
  });
  const second = await registerEmployer(ctx, clerk, who, {
    ...common,
    creditCode: DEMO_SECOND_CREDIT_CODE,
    name: '杭州西湖机械厂',
    industryCode: '34',
    legalRepName: '沈厂长',
    legalRepId: withCheck('33010619600202001'),
    address: '杭州市西湖区天目山路181号',
    contactName: '许劳资',
    contactPhone: '0571-88001234',
    bankAccount: '6222021202000000002',
    foundedOn: '1978-06-01',
    registeredOn: '1988-01-01',
  });
  return { demo: demo.id, second: second.id };
}

/** The demo persons' hires and separations at one employer, as batch rows (in date order). */
function rowsOf(employer: 'demo' | 'second', action: 'hire' | 'separation'): EmploymentRow[] {
  const rows: EmploymentRow[] = [];
  for (const p of DEMO_REGISTRATION_PERSONS)
    for (const job of p.jobs) {
      if (job.employer !== employer || (action === 'separation' && !job.separatedOn)) continue;
      rows.push({
        line: rows.length + 1,
        action,
        citizenId: p.citizenId,
        name: p.name,
        phone: p.phone ?? null,
        date: action === 'hire' ? job.hiredOn : job.separatedOn!,
        reason: job.reason ?? null,
      });
    }
  return rows;
}

/** Applies the demo rows through the bulk batch (persons created as an employer's report would). */
async function applyDemoRows(ctx: AppContext, who: AuditActor, employers: { demo: number; second: number }) {
  const batches = [
    { employer: 'second', action: 'hire' },
    { employer: 'second', action: 'separation' },
    { employer: 'demo', action: 'hire' },
  ] as const;
  for (const b of batches) {
    const rows = rowsOf(b.employer, b.action);
    const result = await ctx.db.transaction().execute((trx) =>
      applyEmploymentBatch(trx, ctx, who, {
        employerId: employers[b.employer],
        rows,
        channel: 'window',
        importId: null,
      }),
    );
    if (!result.ok) throw new Error(`demo registrations refused: ${JSON.stringify(result.errors)}`);
  }
}

async function enrolDemoFlexible(ctx: AppContext, clerk: StaffActor, who: AuditActor): Promise<void> {
  for (const p of DEMO_REGISTRATION_PERSONS.filter((x) => x.flexible)) {
    const id = checkCitizenId(p.citizenId, today(ctx.clock));
    if (!id.valid) throw new Error(`demo citizen ID ${p.citizenId} is not valid`);
    const person = await createPerson(ctx, clerk, who, {
      citizenId: p.citizenId,
      name: p.name,
      gender: id.gender,
      birthDate: id.birthDate,
    });
    for (const scheme of ['pension', 'medical'] as const)
      await enrolFlexible(ctx, clerk, who, person.personId, {
        scheme,
        startedOn: p.flexible!,
        poolingRegion: '330106',
      });
  }
}

/**
 * Seeds the demo registrations once: does nothing when the demo employer is already registered
 * or the demo clerk does not exist. Returns whether it seeded.
 */
export async function seedRegistrationDemo(ctx: AppContext): Promise<boolean> {
  const exists = await ctx.db
    .selectFrom('employers')
    .select('id')
    .where('credit_code', '=', DEMO_EMPLOYER.identifier)
    .executeTakeFirst();
  const clerk = exists ? null : await demoClerk(ctx);
  if (!clerk) return false;
  const who: AuditActor = { ...systemActor, name: 'demo seed' };
  const employers = await registerDemoEmployers(ctx, clerk, who);
  await applyDemoRows(ctx, who, employers);
  await enrolDemoFlexible(ctx, clerk, who);
  const indexes = DEMO_REGISTRATION_PERSONS.map((p) => personIndex(ctx.keys, p.citizenId));
  await ctx.db.transaction().execute(async (trx) => {
    // The rows were made through the services as the window would; mark them as demo data.
    const persons = await trx
      .updateTable('persons')
      .set({ source_channel: 'demo' })
      .where('id_index', 'in', indexes)
      .returning('person_id')
      .execute();
    const ids = persons.map((p) => p.person_id);
    await trx.updateTable('employments').set({ source_channel: 'demo' }).where('person_id', 'in', ids).execute();
    await appendAudit(trx, ctx.clock, systemActor, {
      action: 'demo.seed_registration',
      entity: 'system',
      details: { employers: 2, persons: ids.length },
    });
  });
  return true;
}
