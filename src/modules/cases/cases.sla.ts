/**
 * Kept promises (限时办结): the set-based SLA sweep with its alerts, the alert inbox of owners and
 * supervisors, the share of cases finished within the promise, and the local settings.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/connection.ts';
import type { CaseSweepTrigger } from '../../db/schema.ts';
import { common } from '../../kernel/rejection.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { calendar, todayIn } from './cases.lifecycle.ts';
import type { AlertView, CaseSettings, SweepRun } from './cases.model.ts';
import { rejectCase } from './cases.rejections.ts';
import * as repo from './cases.repository.ts';
import { sweepBounds } from './cases.rules.ts';
import { alertQuery, alertView } from './cases.views.ts';
import { inSubtree } from '../org/index.ts';

/** Advisory lock key of the sweep, so that two servers never sweep at once. */
const SWEEP_LOCK = 27_768_006;

function runOf(r: {
  id: number;
  trigger: CaseSweepTrigger;
  today: string;
  started_at: Date;
  finished_at: Date | null;
  changed: number | null;
  alerts_raised: number | null;
}): SweepRun {
  return {
    id: r.id,
    trigger: r.trigger,
    today: r.today,
    startedAt: r.started_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
    changed: r.changed,
    alertsRaised: r.alerts_raised,
  };
}

/**
 * One sweep over every running case, set-based: a single UPDATE moves each case whose state
 * changed to on_track / due_soon / overdue (compared with two precomputed dates, see
 * `sweepBounds`) and, in the same statement, inserts an alert for each case that became due soon
 * or overdue. Returns null when another sweep holds the lock.
 */
export async function sweepSla(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  trigger: CaseSweepTrigger,
): Promise<SweepRun | null> {
  const now = ctx.clock.now();
  const today = todayIn(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(${SWEEP_LOCK}) AS ok`.execute(trx);
    if (!locked.rows[0]?.ok) return null;
    const settings = await repo.loadSettings(trx);
    const bounds = sweepBounds(calendar, today, settings.dueSoonWorkdays);
    const run = await trx
      .insertInto('case_sweep_runs')
      .values({ trigger, today, started_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const state = sql`CASE WHEN due_on < ${bounds.today}::date THEN 'overdue'
      WHEN due_on < ${bounds.dueSoonBefore}::date THEN 'due_soon' ELSE 'on_track' END`;
    const result = await sql<{ changed: number; alerts: number }>`
      WITH changed AS (
        UPDATE cases SET sla_state = ${state}, sla_changed_at = ${now}
        WHERE status = 'in_progress' AND sla_state <> ${state}
        RETURNING id, sla_state, due_on, owner_staff_id, agency_id
      ), raised AS (
        INSERT INTO case_alerts (case_id, kind, due_on, raised_at, sweep_id, owner_staff_id, agency_id)
        SELECT id, sla_state, due_on, ${now}, ${run.id}, owner_staff_id, agency_id
        FROM changed WHERE sla_state IN ('due_soon', 'overdue')
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM changed) AS changed, (SELECT count(*) FROM raised) AS alerts`.execute(trx);
    const counts = result.rows[0]!;
    const finished = await trx
      .updateTable('case_sweep_runs')
      .set({ finished_at: ctx.clock.now(), changed: Number(counts.changed), alerts_raised: Number(counts.alerts) })
      .where('id', '=', run.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return runOf(finished);
  });
}

/** The latest sweep runs, newest first. */
export async function sweepRuns(db: Db, limit: number): Promise<SweepRun[]> {
  const rows = await db.selectFrom('case_sweep_runs').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map(runOf);
}

/** Alerts for the staff member: their own cases, or (supervisors) every case in their subtree. */
export async function listAlerts(
  db: Db,
  actor: StaffActor,
  filter: {
    scope: 'mine' | 'subtree';
    kind?: 'due_soon' | 'overdue' | undefined;
    open?: boolean | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ items: AlertView[]; total: number }> {
  if (filter.scope === 'subtree' && !actor.permissions.has('service.monitor')) throw common.reject('forbidden');
  let query = alertQuery(db);
  query =
    filter.scope === 'mine'
      ? query.where('case_alerts.owner_staff_id', '=', actor.id)
      : query.where('agencies.path', 'like', `${actor.agencyPath}%`);
  if (filter.kind) query = query.where('case_alerts.kind', '=', filter.kind);
  if (filter.open) query = query.where('case_alerts.acknowledged_at', 'is', null);
  const total = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('case_alerts.id', 'desc')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { items: rows.map(alertView), total: Number(total.n) };
}

/** Marks an alert seen by its owner or a supervisor over the case's agency. */
export async function acknowledgeAlert(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  alertId: number,
): Promise<AlertView> {
  return ctx.db.transaction().execute(async (trx) => {
    const alert = await alertQuery(trx).where('case_alerts.id', '=', alertId).executeTakeFirst();
    if (!alert) throw rejectCase('case_alert_not_found');
    const supervisor = actor.permissions.has('service.monitor') && inSubtree(alert.agency_path, actor.agencyPath);
    if (alert.owner_staff_id !== actor.id && !supervisor) throw rejectCase('case_alert_not_found');
    if (alert.acknowledged_at !== null) return alertView(alert);
    const now = ctx.clock.now();
    await trx
      .updateTable('case_alerts')
      .set({ acknowledged_at: now, acknowledged_by: actor.id })
      .where('id', '=', alertId)
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'case.alert.acknowledge',
      entity: 'case_alert',
      entityId: alertId,
      details: { caseNumber: alert.case_number, kind: alert.kind },
    });
    return alertView({ ...alert, acknowledged_at: now, acknowledged_by: actor.id });
  });
}

/** Open cases by SLA state (closed cases have left the count). */
export interface SlaSummary {
  readonly onTrack: number;
  readonly dueSoon: number;
  readonly overdue: number;
  readonly paused: number;
  readonly notStarted: number;
}

/** Open cases in scope by SLA state. */
export async function slaSummary(db: Db, scopePath: string): Promise<SlaSummary> {
  const rows = await db
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .select(['cases.sla_state', (eb) => eb.fn.countAll<number>().as('n')])
    .where('agencies.path', 'like', `${scopePath}%`)
    .where('cases.status', 'in', ['received', 'in_progress', 'waiting_materials'])
    .groupBy('cases.sla_state')
    .execute();
  const count = (state: string) => Number(rows.find((r) => r.sla_state === state)?.n ?? 0);
  return {
    onTrack: count('on_track'),
    dueSoon: count('due_soon'),
    overdue: count('overdue'),
    paused: count('paused'),
    notStarted: count('not_started'),
  };
}

export type StatsGroup = 'item' | 'agency' | 'window' | 'staff';

export interface StatsLine {
  readonly key: string | null;
  readonly label: string;
  /** The label in English where the data has one (item names, windows); names stay as they are. */
  readonly labelEn: string;
  readonly finished: number;
  readonly withinPromise: number;
  readonly share: number | null;
}

const share = (within: number, finished: number): number | null => (finished === 0 ? null : within / finished);

/**
 * The share of accepted cases finished (completed or refused) on or before their deadline, per
 * item, agency, window or owner, for cases that finished in [from, to] within a subtree.
 */
export async function promiseStats(
  db: Db,
  scopePath: string,
  filter: { groupBy: StatsGroup; from: string; to: string; itemCode?: string | undefined },
): Promise<{ items: StatsLine[]; total: { finished: number; withinPromise: number; share: number | null } }> {
  const key = {
    item: sql<string>`c.item_code`,
    agency: sql<string>`c.agency_id::text`,
    window: sql<string>`c.window_id::text`,
    staff: sql<string>`c.owner_staff_id::text`,
  }[filter.groupBy];
  const label = {
    item: sql<string>`max(c.item_name_zh)`,
    agency: sql<string>`max(a.name)`,
    window: sql<string>`coalesce(max(sp.name || ' ' || w.number || '号窗口'), '（非窗口）')`,
    staff: sql<string>`coalesce(max(s.display_name), '（无）')`,
  }[filter.groupBy];
  const labelEn = {
    item: sql<string>`max(c.item_name_en)`,
    agency: sql<string>`max(a.name)`,
    window: sql<string>`coalesce(max(sp.name || ' window ' || w.number), '(not at a window)')`,
    staff: sql<string>`coalesce(max(s.display_name), '(none)')`,
  }[filter.groupBy];
  const item = filter.itemCode ? sql`AND c.item_code = ${filter.itemCode}` : sql``;
  const rows = await sql<{ key: string | null; label: string; label_en: string; finished: number; within: number }>`
    SELECT ${key} AS key, ${label} AS label, ${labelEn} AS label_en, count(*) AS finished, count(*) FILTER (WHERE c.within_promise) AS within
    FROM cases c
    JOIN agencies a ON a.id = c.agency_id
    LEFT JOIN service_windows w ON w.id = c.window_id
    LEFT JOIN service_points sp ON sp.id = w.service_point_id
    LEFT JOIN staff s ON s.id = c.owner_staff_id
    WHERE c.finished_on BETWEEN ${filter.from}::date AND ${filter.to}::date
      AND c.within_promise IS NOT NULL AND a.path LIKE ${`${scopePath}%`} ${item}
    GROUP BY 1 ORDER BY 3 DESC, 1`.execute(db);
  const items = rows.rows.map((r) => {
    const finished = Number(r.finished);
    const within = Number(r.within);
    return {
      key: r.key,
      label: r.label,
      labelEn: r.label_en,
      finished,
      withinPromise: within,
      share: share(within, finished),
    };
  });
  const finished = items.reduce((n, i) => n + i.finished, 0);
  const within = items.reduce((n, i) => n + i.withinPromise, 0);
  return { items, total: { finished, withinPromise: within, share: share(within, finished) } };
}

/** Changes the local settings (optimistic lock on `version`); audited. */
export async function updateSettings(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  input: Omit<CaseSettings, 'version'> & { version: number },
): Promise<CaseSettings> {
  return ctx.db.transaction().execute(async (trx) => {
    const current = await repo.loadSettings(trx);
    if (current.version !== input.version)
      throw rejectCase('case_settings_version_conflict', { current: current.version });
    await trx
      .updateTable('case_settings')
      .set({
        due_soon_workdays: input.dueSoonWorkdays,
        supply_default_workdays: input.supplyDefaultWorkdays,
        sweep_interval_minutes: input.sweepIntervalMinutes,
        version: current.version + 1,
        updated_at: ctx.clock.now(),
        updated_by: actor.id,
      })
      .where('id', '=', 1)
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'case.settings.update',
      entity: 'case_settings',
      entityId: 1,
      details: { before: current, after: { ...input, version: current.version + 1 } },
    });
    return repo.loadSettings(trx);
  });
}
