/** Seeds the demo province on a fresh database; does nothing when agencies already exist. */
import type { AppContext } from '../app-context.ts';
import type { Trx } from '../db/connection.ts';
import { blindIndex, seal } from '../kernel/sm-crypto.ts';
import { appendAudit, systemActor } from '../modules/audit/index.ts';
import { hashPassword, maskCitizenId, maskPhone } from '../modules/auth/index.ts';
import { seedQueueCategories } from '../modules/queue/index.ts';
import {
  DEMO_AGENCIES,
  DEMO_HALLS,
  DEMO_OPENING_HOURS,
  DEMO_PASSWORD,
  DEMO_PUBLIC_ACCOUNTS,
  DEMO_STAFF,
} from './demo-data.ts';
import { seedCollectionDemo } from './collection-demo.ts';
import { seedHistoryDemo } from './history-demo.ts';
import { creditDemoInterest, seedLedgerDemo } from './ledger-demo.ts';
import { seedRegistrationDemo } from './registration-demo.ts';

async function seedAgencies(trx: Trx, now: Date): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const paths = new Map<string, string>();
  for (const a of DEMO_AGENCIES) {
    const parentId = a.parent ? ids.get(a.parent)! : null;
    const row = await trx
      .insertInto('agencies')
      .values({
        code: a.code,
        name: a.name,
        level: a.level,
        division_code: a.divisionCode,
        parent_id: parentId,
        path: 'pending',
        opened_on: '2000-01-01',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const path = `${a.parent ? paths.get(a.parent)! : '/'}${row.id}/`;
    await trx.updateTable('agencies').set({ path }).where('id', '=', row.id).execute();
    await trx
      .insertInto('agency_history')
      .values({
        agency_id: row.id,
        version: 1,
        code: a.code,
        name: a.name,
        level: a.level,
        division_code: a.divisionCode,
        parent_id: parentId,
        status: 'active',
        valid_from: now,
        valid_to: null,
        changed_by: null,
        reason: 'demo seed',
      })
      .execute();
    ids.set(a.key, row.id);
    paths.set(a.key, path);
  }
  return ids;
}

async function seedHalls(trx: Trx, agencies: Map<string, number>, now: Date): Promise<void> {
  for (const hall of DEMO_HALLS) {
    const point = await trx
      .insertInto('service_points')
      .values({
        agency_id: agencies.get(hall.agency)!,
        name: hall.name,
        address: hall.address,
        phone: hall.phone,
        opening_hours: JSON.stringify(DEMO_OPENING_HOURS),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('service_windows')
      .values(hall.windows.map(([number, name]) => ({ service_point_id: point.id, number, name, created_at: now })))
      .execute();
  }
}

async function seedStaff(trx: Trx, agencies: Map<string, number>, hash: string, now: Date): Promise<void> {
  for (const s of DEMO_STAFF) {
    const row = await trx
      .insertInto('staff')
      .values({
        agency_id: agencies.get(s.agency)!,
        username: s.username,
        display_name: s.displayName,
        password_hash: hash,
        password_changed_at: now,
        must_change_password: false,
        is_demo: true,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('staff_roles')
      .values({ staff_id: row.id, role_code: s.role, granted_by: null, granted_at: now })
      .execute();
    await trx
      .insertInto('password_history')
      .values({ subject_kind: 'staff', subject_id: row.id, hash, created_at: now })
      .execute();
  }
}

async function seedPublicAccounts(trx: Trx, ctx: AppContext, hash: string, now: Date): Promise<void> {
  for (const p of DEMO_PUBLIC_ACCOUNTS) {
    await trx
      .insertInto('public_accounts')
      .values({
        kind: p.kind,
        identifier_index: blindIndex(ctx.keys, `${p.kind}:${p.identifier}`),
        identifier_enc: seal(ctx.keys, p.identifier),
        identifier_masked: p.kind === 'person' ? maskCitizenId(p.identifier) : p.identifier,
        display_name: p.name,
        phone_enc: seal(ctx.keys, p.phone),
        phone_masked: maskPhone(p.phone),
        password_hash: hash,
        created_at: now,
      })
      .execute();
  }
}

/** Where the seed reports how long each part took (the server's console; the test images' log). */
export type SeedLog = (line: string) => void;

/** Runs one part of the seed and logs its wall-clock time. */
async function timed<T>(log: SeedLog | undefined, part: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  log?.(`demo seed: ${part} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * Seeds the demo data once; returns false when the database already had agencies. The
 * contribution history goes through collection (history-demo.ts), so bills, payments, closes,
 * arrears, the ledger and the rights records tell one story; `log` hears the time of each part.
 */
export async function seedDemo(ctx: AppContext, log?: SeedLog): Promise<boolean> {
  const existing = await ctx.db.selectFrom('agencies').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  await timed(log, 'agencies, staff and accounts', () => seedPlatform(ctx));
  await timed(log, 'registrations', () => seedRegistrationDemo(ctx));
  await timed(log, 'ledger chart and migrated history', () => seedLedgerDemo(ctx));
  const history = await timed(log, 'contribution history through collection', () => seedHistoryDemo(ctx));
  if (history) await timed(log, 'interest 2016–2023', () => creditDemoInterest(ctx));
  return true;
}

/** Agencies, halls, queue categories, staff and the self-service accounts. */
async function seedPlatform(ctx: AppContext): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const agencies = await seedAgencies(trx, now);
    await seedHalls(trx, agencies, now);
    await seedQueueCategories(trx, now);
    await seedStaff(trx, agencies, hash, now);
    await seedPublicAccounts(trx, ctx, hash, now);
    await appendAudit(trx, ctx.clock, systemActor, {
      action: 'demo.seed',
      entity: 'system',
      details: { agencies: agencies.size, staff: DEMO_STAFF.length },
    });
  });
}

/**
 * The demo as a running agency shows it (`npm start`, `shebao seed --demo`, the browser tests'
 * server): the demo data plus this month's declaration and its open bill. Kept apart from
 * `seedDemo` because that one is every database test's starting point, where an open bill of the
 * demo employer would change what the collection tests pay.
 */
export async function seedLiveDemo(ctx: AppContext, log?: SeedLog): Promise<boolean> {
  const seeded = await seedDemo(ctx, log);
  if (seeded) await timed(log, "this month's declaration", () => seedCollectionDemo(ctx));
  return seeded;
}
